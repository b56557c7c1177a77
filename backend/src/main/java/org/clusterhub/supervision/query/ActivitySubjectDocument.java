package org.clusterhub.supervision.query;

import java.time.Instant;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the organization-activity projection learned about an aggregate from its creation event (and revisions):
 * its cluster, above all, since most later events (an approval, a check-in) name only their own aggregate.
 */
@Document("organization_activity_subjects")
class ActivitySubjectDocument {
    @Id
    String id;
    String aggregateType;
    String clusterId;
    String title;
    City city;
    String kind;
    /** The sequence number of the last event applied: older ones redelivered change nothing. */
    long version;
    // Activities only: whether and when they take place.
    Instant startsAt;
    Instant endsAt;
    boolean published;
    boolean cancelled;
}
