package org.clusterhub.project.api;

public record ProjectResumedEvent(ProjectId projectId, ProjectStatus to, String reason) {
}
