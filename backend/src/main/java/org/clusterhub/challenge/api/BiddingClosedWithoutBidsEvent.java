package org.clusterhub.challenge.api;

import java.time.Instant;

/** The deadline passed without any bid. */
public record BiddingClosedWithoutBidsEvent(ChallengeId challengeId,
        Instant closedAt) {
}
