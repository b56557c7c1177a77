package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.shared.Sealed;

/** An evaluator scored a bid. The scores stay sealed; the ranking is published with the decision. */
public record BidScoredEvent(ChallengeId challengeId,
        String bidId,
        String evaluator,
        @Sealed List<BidCriterionScore> scores,
        @Sealed BigDecimal weightedTotal,
        @Sealed String comment,
        int scoresRecorded,
        int scoresExpected) {
}
