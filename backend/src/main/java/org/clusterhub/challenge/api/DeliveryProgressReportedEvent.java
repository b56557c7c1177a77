package org.clusterhub.challenge.api;

/** The winning team reported progress on a milestone. */
public record DeliveryProgressReportedEvent(ChallengeId challengeId,
        String milestoneId,
        int percentComplete,
        String note) {
}
