package org.clusterhub.supervision.api;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;

/**
 * A page of the evaluations {@code viewer} may see, newest year first, then in plan order: supervisors every one,
 * promotion staff their clusters' and the finalized ones, everyone else the finalized ones. Null filters do not
 * filter.
 */
public record FindEvaluationsQuery(Actor viewer, Integer year, ClusterId clusterId, EvaluationStatus status,
                                   int offset, int limit) {

    public FindEvaluationsQuery {
        if (viewer == null) {
            throw new IllegalArgumentException("an evaluation list is read by someone");
        }
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..500");
        }
    }
}
