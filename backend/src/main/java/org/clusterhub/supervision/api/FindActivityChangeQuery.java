package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.Objects;
import org.clusterhub.cluster.api.ClusterId;

/**
 * The change report: every indicator of a cluster for two periods side by side (e.g. last year and this year), as
 * known at {@code asOf} (null: now); answered with {@link ActivityChange}.
 */
public record FindActivityChangeQuery(ClusterId clusterId, EvaluationPeriod before, EvaluationPeriod after,
                                      Instant asOf) {

    public FindActivityChangeQuery {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
