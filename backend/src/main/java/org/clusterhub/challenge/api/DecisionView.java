package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.time.Instant;

/** The published decision: the winner, why (when not the top-ranked bid) and when. */
public record DecisionView(String winnerBidId, String winnerOrganization, String consortiumName, BigDecimal score, int rank,
                           String reason, Instant publishedAt) {
}
