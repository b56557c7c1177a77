package org.clusterhub.activity.api;

import org.clusterhub.shared.City;

/** No seat was free: the registration waits at {@code position} (1 = next). */
public record ActivityRegistrationWaitlistedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        City organizationCity,
        String attendeeName,
        String attendeeContact,
        String checkInCode,
        int position) {
}
