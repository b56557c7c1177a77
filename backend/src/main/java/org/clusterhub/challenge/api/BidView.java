package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A bid as one viewer may see it. Built only for viewers allowed to read it (the bidder always; after the deadline
 * the poster, the province and the evaluators not excluded from it).
 *
 * @param own whether the viewer's organization made it
 * @param myScores the viewer's own scores of it, if the viewer is an evaluator who scored it
 * @param excludedEvaluators usernames of evaluators excluded from scoring it (conflict of interest)
 */
public record BidView(String bidId, int round, String organization, ConsortiumBidder consortium, String approach, String team,
                      String schedule, BigDecimal price, Instant submittedAt, Instant revisedAt, int revisions,
                      boolean withdrawn, boolean own, List<BidCriterionScore> myScores,
                      List<String> excludedEvaluators) {
}
