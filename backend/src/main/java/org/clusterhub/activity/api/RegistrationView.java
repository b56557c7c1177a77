package org.clusterhub.activity.api;

import java.time.Instant;
import org.clusterhub.shared.City;

public record RegistrationView(
        RegistrationId registrationId,
        ActivityId activityId,
        String activityTitle,
        Instant activityStartsAt,
        Instant activityEndsAt,
        String organization,
        City organizationCity,
        String attendeeName,
        String attendeeContact,
        String checkInCode,
        RegistrationStatus status,
        int waitingPosition,
        Instant registeredAt,
        Instant checkedInAt) {
}
