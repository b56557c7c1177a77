package org.clusterhub.activity.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.activity.api.CoOrganizer;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One activity as its page, the list and the calendar show it, with its registration counts. Written only by
 * {@link ActivityCatalogProjection}, by id; {@code version} is the sequence of the last event applied.
 */
@Document("activities")
@CompoundIndex(name = "calendar", def = "{'startsAt': 1, 'city': 1, 'clusterId': 1, 'kind': 1}")
class ActivityDocument {
    @Id
    String id;
    long version;
    @Indexed
    String clusterId;
    ActivityKind kind;
    String title;
    String description;
    City city;
    String venue;
    boolean online;
    Instant startsAt;
    Instant endsAt;
    int capacity;
    Instant registrationOpensAt;
    Instant registrationClosesAt;
    boolean approvalRequired;
    List<CoOrganizer> coOrganizers = new ArrayList<>();
    int meetingTables;
    int meetingSlotMinutes;
    String projectId;
    ActivityStatus status;
    String cancelReason;
    int confirmed;
    int pending;
    int waiting;
    int checkedIn;
    /** Lower-case title, venue and co-organizers, for the text filter. */
    String searchText;
    Instant lastChangedAt;
}
