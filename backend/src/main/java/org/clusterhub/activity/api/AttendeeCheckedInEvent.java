package org.clusterhub.activity.api;

import java.time.Instant;

public record AttendeeCheckedInEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        Instant checkedInAt) {
}
