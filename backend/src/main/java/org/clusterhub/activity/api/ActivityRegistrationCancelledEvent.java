package org.clusterhub.activity.api;

public record ActivityRegistrationCancelledEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        RegistrationStatus previousStatus) {
}
