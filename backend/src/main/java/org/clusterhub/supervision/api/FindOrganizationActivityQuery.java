package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.Objects;
import org.clusterhub.cluster.api.ClusterId;

/**
 * Every indicator of a cluster's promotion organization for a period, computed from the events known at {@code asOf}
 * (null: now); answered with {@link OrganizationActivity}. A period that has not ended counts up to {@code asOf}.
 */
public record FindOrganizationActivityQuery(ClusterId clusterId, EvaluationPeriod period, Instant asOf) {

    public FindOrganizationActivityQuery {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(period, "period");
    }
}
