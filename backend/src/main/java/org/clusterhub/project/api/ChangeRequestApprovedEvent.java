package org.clusterhub.project.api;

/** The change now applies to the current plan; the baseline stays. */
public record ChangeRequestApprovedEvent(ProjectId projectId, String changeRequestId, ChangeKind kind,
                                         ChangeProposal proposal, String comment) {
}
