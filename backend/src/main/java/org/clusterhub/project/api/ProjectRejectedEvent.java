package org.clusterhub.project.api;

public record ProjectRejectedEvent(ProjectId projectId, String reason) {
}
