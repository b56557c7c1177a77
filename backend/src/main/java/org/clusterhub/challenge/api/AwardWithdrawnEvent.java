package org.clusterhub.challenge.api;

/** The winning organization stepped back. */
public record AwardWithdrawnEvent(ChallengeId challengeId,
        String bidId,
        String organization,
        String reason) {
}
