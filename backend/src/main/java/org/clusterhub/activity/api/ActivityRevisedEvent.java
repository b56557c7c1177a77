package org.clusterhub.activity.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.City;

/** The activity's new details. {@code timeOrPlaceChanged}: its registrants (their organizations in
 * {@code notifiedOrganizations}) were told. */
public record ActivityRevisedEvent(
        ActivityId activityId,
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
        boolean timeOrPlaceChanged,
        List<String> notifiedOrganizations) {
}
