package org.clusterhub.challenge.api;

import java.math.BigDecimal;

/**
 * A bid's place after evaluation: the average of its evaluators' weighted totals.
 *
 * @param score null when every evaluator was excluded from scoring it (conflict of interest)
 * @param scoredBy how many evaluators scored it
 */
public record RankedBid(String bidId, String organization, String consortiumName, BigDecimal score, int rank,
                        int scoredBy) {
}
