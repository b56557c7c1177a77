package org.clusterhub.project.api;

public record ProjectReturnedEvent(ProjectId projectId, ReviewStage stage, String comments) {
}
