package org.clusterhub.activity.web;

import java.time.Instant;
import java.util.List;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.CoOrganizer;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/** Times are instants (ISO-8601 with offset, e.g. {@code 2026-03-20T09:00:00+08:00}). */
record PlanActivityRequest(ClusterId clusterId, ActivityKind kind, String title, String description, City city, String venue, boolean online, Instant startsAt, Instant endsAt, int capacity, Instant registrationOpensAt, Instant registrationClosesAt, boolean approvalRequired, List<CoOrganizer> coOrganizers, int meetingTables, int meetingSlotMinutes, ProjectId projectId) {
}
