package org.clusterhub.activity.api;

import org.clusterhub.shared.City;

/** A seat was given: {@code status} is CONFIRMED, or PENDING_APPROVAL when the organizer approves registrations. */
public record ActivityRegistrationAcceptedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        City organizationCity,
        String attendeeName,
        String attendeeContact,
        String checkInCode,
        RegistrationStatus status) {
}
