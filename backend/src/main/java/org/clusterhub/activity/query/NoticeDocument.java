package org.clusterhub.activity.query;

import java.time.Instant;
import org.clusterhub.activity.api.NoticeKind;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice to one organization. The id is the activity, the event's sequence and the organization, so that a
 * replayed event writes the same notice again instead of a second one.
 */
@Document("activity_notices")
@CompoundIndex(name = "by_organization", def = "{'organization': 1, 'at': -1}")
record NoticeDocument(@Id String id, String organization, String activityId, String activityTitle, NoticeKind kind,
                      String reason, Instant startsAt, Instant endsAt, City city, String venue, boolean online,
                      String registrationId, Instant at) {
}
