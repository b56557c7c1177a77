package org.clusterhub.project.api;

import java.time.Instant;

/** @param decision null while pending; otherwise APPROVED or REJECTED */
public record ChangeRequestView(String changeRequestId, ChangeKind kind, String reason, ChangeProposal proposal,
                                String requestedBy, Instant requestedAt, String decision, String comment) {
}
