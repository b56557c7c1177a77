package org.clusterhub.challenge.api;

import java.time.Instant;

/** The poster moved the bid deadline. */
public record BidDeadlineExtendedEvent(ChallengeId challengeId,
        Instant previousCloseAt,
        Instant bidsCloseAt) {
}
