package org.clusterhub.challenge.api;

/** No ranked bidder is left to offer the award to. */
public record AwardLapsedEvent(ChallengeId challengeId,
        int declinedOrWithdrawn) {
}
