package org.clusterhub.challenge.web;

import java.util.List;
import org.clusterhub.challenge.api.BidCriterionScore;

/** An evaluator's scores of one bid, one per criterion. */
record ScoresRequest(List<BidCriterionScore> scores, String comment) {
}
