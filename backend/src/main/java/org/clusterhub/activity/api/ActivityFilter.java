package org.clusterhub.activity.api;

import java.time.Instant;
import java.util.Set;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

/** What the activity list and calendar show: activities starting in [from, to), of a city, cluster and kind, whose
 * title, venue or organizers contain {@code text}. Planned (unpublished) activities are shown only to their
 * organizers: all of them when {@code allPlanned}, else those of {@code plannedOfClusters}. */
public record ActivityFilter(
        Instant from,
        Instant to,
        City city,
        ClusterId clusterId,
        ActivityKind kind,
        String text,
        boolean allPlanned,
        Set<String> plannedOfClusters) {

    public ActivityFilter {
        plannedOfClusters = plannedOfClusters == null ? Set.of() : Set.copyOf(plannedOfClusters);
    }
}
