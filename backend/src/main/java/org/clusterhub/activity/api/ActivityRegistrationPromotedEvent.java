package org.clusterhub.activity.api;

/** A seat freed and the first waiting registration took it; {@code status} is CONFIRMED or PENDING_APPROVAL. */
public record ActivityRegistrationPromotedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        RegistrationStatus status) {
}
