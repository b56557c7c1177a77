package org.clusterhub.project.api;

public record AcceptanceResultRecordedEvent(ProjectId projectId, AcceptanceResult result, String comments) {
}
