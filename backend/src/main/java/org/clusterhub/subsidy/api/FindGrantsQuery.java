package org.clusterhub.subsidy.api;

import org.clusterhub.shared.Actor;

/**
 * A page of grants, most recently changed first, within what {@code viewer} may read: supervisors every grant,
 * promotion staff those of their clusters, city coordinators those of their city, members those to their
 * organization, experts none.
 */
public record FindGrantsQuery(GrantFilter filter, Actor viewer, int offset, int limit) {
}
