package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.util.List;

/** The decision was published: the winner, why (when not the top-ranked bid) and the ranking. */
public record ChallengeDecisionPublishedEvent(ChallengeId challengeId,
        String winnerBidId,
        String winnerOrganization,
        String consortiumName,
        BigDecimal score,
        int rank,
        String reason,
        List<RankedBid> ranking) {
}
