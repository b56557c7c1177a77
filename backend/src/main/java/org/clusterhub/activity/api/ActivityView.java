package org.clusterhub.activity.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

public record ActivityView(
        ActivityId activityId,
        long version,
        ClusterId clusterId,
        String clusterNameZh,
        String clusterNameEn,
        ActivityKind kind,
        String title,
        String description,
        City city,
        String venue,
        boolean online,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        boolean approvalRequired,
        List<CoOrganizer> coOrganizers,
        int meetingTables,
        int meetingSlotMinutes,
        ProjectId projectId,
        ActivityStatus status,
        String cancelReason,
        int confirmed,
        int pending,
        int waiting,
        int checkedIn,
        Instant lastChangedAt) {
}
