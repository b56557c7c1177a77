package org.clusterhub.activity.query;

import java.time.Instant;
import org.clusterhub.activity.api.RegistrationStatus;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** One registration, written by id. */
@Document("activity_registrations")
@CompoundIndexes({
        @CompoundIndex(name = "by_activity", def = "{'activityId': 1, 'status': 1, 'sequence': 1}"),
        @CompoundIndex(name = "by_organization", def = "{'organization': 1, 'registeredAt': -1}")})
class RegistrationDocument {
    @Id
    String id;
    String activityId;
    /** The sequence of the event that created it: orders the waiting list. */
    long sequence;
    /** The sequence of the last event applied to it. */
    long version;
    String organization;
    City organizationCity;
    String attendeeName;
    String attendeeContact;
    String checkInCode;
    RegistrationStatus status;
    Instant registeredAt;
    Instant checkedInAt;
    String searchText;
}
