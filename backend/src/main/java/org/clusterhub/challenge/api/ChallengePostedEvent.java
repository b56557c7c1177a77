package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.Sealed;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;

/**
 * A challenge was posted (发榜) with everything bidders and evaluators need. Who the evaluators are is sealed: bidders
 * must not know whom to approach.
 */
public record ChallengePostedEvent(ChallengeId challengeId,
        ClusterId clusterId,
        String postingOrganization,
        String title,
        String need,
        TechnologyArea area,
        List<String> keywords,
        List<TechnicalIndicator> indicators,
        BigDecimal budget,
        String reward,
        String eligibility,
        Instant bidsCloseAt,
        List<EvaluationCriterion> criteria,
        @Sealed List<Evaluator> evaluators) {
}
