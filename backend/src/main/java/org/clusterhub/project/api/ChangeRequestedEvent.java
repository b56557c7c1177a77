package org.clusterhub.project.api;

public record ChangeRequestedEvent(ProjectId projectId, String changeRequestId, ChangeKind kind, String reason,
                                   ChangeProposal proposal) {
}
