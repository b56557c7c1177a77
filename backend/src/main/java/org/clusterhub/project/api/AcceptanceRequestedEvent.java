package org.clusterhub.project.api;

public record AcceptanceRequestedEvent(ProjectId projectId, String summary) {
}
