package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.Objects;
import org.clusterhub.cluster.api.ClusterId;

/**
 * The events behind one figure (drill-down), oldest first, a page at a time; answered with {@link ActivityFactPage}.
 * With {@code breakdown} and {@code key}, only those behind that part of the figure (e.g. the members in Qingdao).
 */
public record FindActivityFactsQuery(ClusterId clusterId, EvaluationIndicator indicator, EvaluationPeriod period,
                                     Instant asOf, FactBreakdown breakdown, String key, int offset, int limit) {

    public FindActivityFactsQuery {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..500");
        }
    }

    public static FindActivityFactsQuery all(ClusterId clusterId, EvaluationIndicator indicator,
                                             EvaluationPeriod period, Instant asOf) {
        return new FindActivityFactsQuery(clusterId, indicator, period, asOf, null, null, 0, 500);
    }
}
