package org.clusterhub.activity.api;

public record FindMatchmakingProfileQuery(
        ActivityId activityId,
        RegistrationId registrationId) {
}
