package org.clusterhub.activity.api;

public record ActivityRegistrationApprovedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization) {
}
