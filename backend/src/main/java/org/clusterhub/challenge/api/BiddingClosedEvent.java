package org.clusterhub.challenge.api;

import java.time.Instant;

/** The deadline passed with bids: bidding is closed, the evaluators may read and score the bids. */
public record BiddingClosedEvent(ChallengeId challengeId,
        Instant closedAt,
        int bidCount) {
}
