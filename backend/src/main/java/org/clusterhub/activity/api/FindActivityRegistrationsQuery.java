package org.clusterhub.activity.api;

/** Registrations of one activity; {@code organization} non-null: only that organization's. */
public record FindActivityRegistrationsQuery(
        ActivityId activityId,
        String organization,
        RegistrationStatus status,
        String text,
        int offset,
        int limit) {
}
