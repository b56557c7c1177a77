package org.clusterhub.challenge.api;

import java.time.Instant;

/** The challenge was posted again for a new round of bids; earlier bids are void. */
public record ChallengeRepostedEvent(ChallengeId challengeId,
        int round,
        Instant bidsCloseAt) {
}
