package org.clusterhub.activity.api;

/** Meetings of an activity; {@code registrationId} non-null: only those of that registrant. */
public record FindMeetingsQuery(
        ActivityId activityId,
        RegistrationId registrationId) {
}
