package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;

/**
 * One challenge as a viewer may see it. The public part (the posting, the bid count, evaluation progress, the
 * published decision, delivery) is the same for everyone; {@code bids} and {@code ranking} depend on the viewer.
 *
 * @param bidCount standing bids of the current round: a number only, never who or what
 * @param scoresRecorded scores given so far; {@code scoresExpected} is every standing bid times every evaluator not
 *        excluded from it (known after the deadline)
 * @param ranking empty until the viewer may see it: everyone once the decision is published; the poster, the province
 *        and the evaluators once the evaluation is complete
 * @param myRole what the viewer is to this challenge
 */
public record ChallengeView(ChallengeId challengeId, long version, ClusterId clusterId, String clusterNameZh,
                            String clusterNameEn, String postingOrganization, String title, String need,
                            TechnologyArea area, List<String> keywords, List<TechnicalIndicator> indicators,
                            BigDecimal budget, String reward, String eligibility, Instant bidsCloseAt,
                            List<EvaluationCriterion> criteria, List<Evaluator> evaluators, ChallengeStatus status,
                            int round, int bidCount, int scoresRecorded, int scoresExpected, Instant postedAt,
                            Instant lastChangedAt, List<BidView> bids, List<RankedBid> ranking, String chosenBidId,
                            DecisionView decision, OfferView offer, List<DeliveryMilestoneView> milestones,
                            AcceptanceView acceptance, List<FirstOfAKindView> firstOfAKind, String cancelReason,
                            ViewerRole myRole) {
}
