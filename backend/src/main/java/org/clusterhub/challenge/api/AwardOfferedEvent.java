package org.clusterhub.challenge.api;

import java.math.BigDecimal;

/** The award was offered to the next-ranked bidder. */
public record AwardOfferedEvent(ChallengeId challengeId,
        String bidId,
        String organization,
        int rank,
        BigDecimal score) {
}
