package org.clusterhub.project.api;

import java.util.Set;

public record SectionsAssignedEvent(ProjectId projectId, String organization, Set<ProjectSection> sections) {
}
