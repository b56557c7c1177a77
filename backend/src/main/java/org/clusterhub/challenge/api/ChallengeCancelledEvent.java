package org.clusterhub.challenge.api;

/** The challenge was cancelled, with the reason. */
public record ChallengeCancelledEvent(ChallengeId challengeId,
        ChallengeStatus previousStatus,
        String reason) {
}
