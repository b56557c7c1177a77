package org.clusterhub.activity.api;

public record ActivityRegistrationRejectedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        String reason) {
}
