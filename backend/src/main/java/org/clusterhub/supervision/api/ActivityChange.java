package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;

/** Two periods' indicators side by side: a row per indicator, then a row per part of its breakdown. */
public record ActivityChange(ClusterId clusterId, EvaluationPeriod before, EvaluationPeriod after, Instant asOf,
                             List<IndicatorChange> rows) {
}
