package org.clusterhub.project.api;

public record ChangeRequestRejectedEvent(ProjectId projectId, String changeRequestId, String comment) {
}
