package org.clusterhub.project.api;

public record ProjectWithdrawnEvent(ProjectId projectId, ProjectStatus from, String reason) {
}
