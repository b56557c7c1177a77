package org.clusterhub.project.api;

import org.clusterhub.shared.Actor;

/** The open work items of one person, by role and scope (and, for experts, by name). */
public record FindWorkItemsQuery(Actor actor) {
}
