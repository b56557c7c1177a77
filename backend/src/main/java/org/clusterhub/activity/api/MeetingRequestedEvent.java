package org.clusterhub.activity.api;

public record MeetingRequestedEvent(
        ActivityId activityId,
        MeetingId meetingId,
        RegistrationId requester,
        String requesterOrganization,
        RegistrationId invitee,
        String inviteeOrganization,
        String message) {
}
