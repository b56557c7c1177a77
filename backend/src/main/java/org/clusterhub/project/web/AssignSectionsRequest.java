package org.clusterhub.project.web;

import java.util.Set;
import org.clusterhub.project.api.ProjectSection;

/** @param expectedVersion the version of part {@code participant:<organization>} the editor saw */
record AssignSectionsRequest(Set<ProjectSection> sections, Long expectedVersion) {
}
