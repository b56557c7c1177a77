package org.clusterhub.challenge.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.challenge.api.*;
import org.clusterhub.consortium.api.TechnologyArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One challenge's public part and its evaluation state, read by id. Bid contents are not here: they live in
 * {@link ChallengeBidDocument}, and only the query handler hands them out, to viewers allowed to read them. The
 * ranking and the chosen bid are kept here but served only to those who may see them before publication.
 */
@Document("challenges")
class ChallengeDocument {

    @Id
    String id;
    long version;
    String clusterId;
    String postingOrganization;
    String title;
    String need;
    TechnologyArea area;
    List<String> keywords = new ArrayList<>();
    List<TechnicalIndicator> indicators = new ArrayList<>();
    BigDecimal budget;
    String reward;
    String eligibility;
    Instant bidsCloseAt;
    List<EvaluationCriterion> criteria = new ArrayList<>();
    List<Evaluator> evaluators = new ArrayList<>();
    ChallengeStatus status;
    int round;
    /** Whether the current round's bidding has closed: from then on evaluators and the poster may read the bids. */
    boolean biddingClosed;
    int bidCount;
    int scoresRecorded;
    int scoresExpected;
    Instant postedAt;
    Instant lastChangedAt;
    List<RankedBid> ranking = new ArrayList<>();
    boolean evaluationComplete;
    String chosenBidId;
    DecisionView decision;
    OfferView offer;
    List<DeliveryMilestoneView> milestones = new ArrayList<>();
    AcceptanceView acceptance;
    List<FirstOfAKindView> firstOfAKind = new ArrayList<>();
    String cancelReason;

    ChallengeListDocument toListRow() {
        ChallengeListDocument row = new ChallengeListDocument();
        row.id = id;
        row.version = version;
        row.clusterId = clusterId;
        row.title = title;
        row.area = area;
        row.postingOrganization = postingOrganization;
        row.budget = budget;
        row.bidsCloseAt = bidsCloseAt;
        row.status = status;
        row.bidCount = bidCount;
        row.lastChangedAt = lastChangedAt;
        row.searchText = (title + " " + postingOrganization + " " + String.join(" ", keywords)).toLowerCase();
        return row;
    }

    void milestone(DeliveryMilestoneView changed) {
        milestones.replaceAll(m -> m.milestoneId().equals(changed.milestoneId()) ? changed : m);
    }

    DeliveryMilestoneView milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst().orElse(null);
    }
}
