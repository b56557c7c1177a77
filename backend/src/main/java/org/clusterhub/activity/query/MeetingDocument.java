package org.clusterhub.activity.query;

import java.math.BigDecimal;
import java.time.Instant;
import org.clusterhub.activity.api.MeetingOutcome;
import org.clusterhub.activity.api.MeetingStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One 1:1 meeting request with its place in the grid and what each side said came of it. */
@Document("activity_meetings")
class MeetingDocument {
    @Id
    String id;
    @Indexed
    String activityId;
    /** The sequence of the last event applied to it. */
    long version;
    String requester;
    String requesterOrganization;
    String requesterName;
    String invitee;
    String inviteeOrganization;
    String inviteeName;
    String message;
    MeetingStatus status;
    Integer slot;
    Integer table;
    Instant startsAt;
    Instant endsAt;
    MeetingOutcome requesterOutcome;
    BigDecimal requesterValue;
    MeetingOutcome inviteeOutcome;
    BigDecimal inviteeValue;
    Instant requestedAt;
}
