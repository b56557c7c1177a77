package org.clusterhub.activity.api;

import java.time.Instant;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

/** One row of the activity list and one entry of the calendar. */
public record ActivitySummary(
        ActivityId activityId,
        ClusterId clusterId,
        String clusterNameZh,
        String clusterNameEn,
        ActivityKind kind,
        String title,
        City city,
        String venue,
        boolean online,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        ActivityStatus status,
        int confirmed,
        int pending,
        int waiting,
        int checkedIn) {
}
