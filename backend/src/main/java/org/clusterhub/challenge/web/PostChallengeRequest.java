package org.clusterhub.challenge.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clusterhub.challenge.api.EvaluationCriterion;
import org.clusterhub.challenge.api.Evaluator;
import org.clusterhub.challenge.api.TechnicalIndicator;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;

/** Posting a challenge; the server generates its id. {@code bidsCloseAt} is an ISO instant, e.g. 2026-12-31T09:00:00Z. */
record PostChallengeRequest(ClusterId clusterId, String postingOrganization, String title, String need, TechnologyArea area,
                            List<String> keywords, List<TechnicalIndicator> indicators, BigDecimal budget, String reward,
                            String eligibility, Instant bidsCloseAt, List<EvaluationCriterion> criteria,
                            List<Evaluator> evaluators) {
}
