package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterhub.cluster.api.ClusterId;

/** A cluster's indicators for a period, one figure per {@link EvaluationIndicator}, as known at {@code asOf}. */
public record OrganizationActivity(ClusterId clusterId, EvaluationPeriod period, Instant asOf,
                                   List<IndicatorFigure> figures) {

    public Optional<IndicatorFigure> figure(EvaluationIndicator indicator) {
        return figures.stream().filter(f -> f.indicator() == indicator).findFirst();
    }
}
