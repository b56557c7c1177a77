package org.clusterhub.activity.api;

import org.clusterhub.shared.City;
import org.clusterhub.shared.Sealed;

/**
 * No seat was free: the registration waits at {@code position} (1 = next).
 * The check-in code and the contact are {@link Sealed}: the history, the live feed and STOMP never show them; only
 * the registrant's organization and the organizers read them from the registration list.
 */
public record ActivityRegistrationWaitlistedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        City organizationCity,
        String attendeeName,
        @Sealed String attendeeContact,
        @Sealed String checkInCode,
        int position) {
}
