package org.clusterhub.challenge.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.challenge.api.BidCriterionScore;
import org.clusterhub.challenge.api.ConsortiumBidder;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One bid with its sealed content. Never served as is: {@link BidVisibility} decides who may read it, and the
 * challenge screens, the REST API and the query gateway all read bids through that one query handler.
 */
@Document("challenge_bids")
class ChallengeBidDocument {

    /** The challenge id and the bid id: bid ids are chosen per challenge. */
    @Id
    String id;
    /** The challenge event sequence last applied to this bid, for replay safety. */
    long version;
    @Indexed
    String challengeId;
    String bidId;
    int round;
    String organization;
    ConsortiumBidder consortium;
    String approach;
    String team;
    String schedule;
    BigDecimal price;
    Instant submittedAt;
    Instant revisedAt;
    int revisions;
    boolean withdrawn;
    /** A bid of an earlier round, void since the challenge was posted again. */
    boolean voided;
    List<EvaluatorScores> scores = new ArrayList<>();

    static String idOf(String challengeId, String bidId) {
        return challengeId + "/" + bidId;
    }

    /** One evaluator's scores of this bid; served only to that evaluator. */
    record EvaluatorScores(String evaluator, List<BidCriterionScore> scores, BigDecimal weightedTotal,
                           String comment) {
    }
}
