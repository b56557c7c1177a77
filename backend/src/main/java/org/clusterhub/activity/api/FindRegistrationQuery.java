package org.clusterhub.activity.api;

/** {@code atLeastVersion}: wait briefly until the registration has caught up with this event sequence (-1: now). */
public record FindRegistrationQuery(
        RegistrationId registrationId,
        long atLeastVersion) {
}
