package org.clusterhub.challenge.api;

/** The poster accepted a completed milestone. */
public record DeliveryMilestoneAcceptedEvent(ChallengeId challengeId,
        String milestoneId,
        String opinion) {
}
