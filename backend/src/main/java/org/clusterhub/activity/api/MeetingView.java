package org.clusterhub.activity.api;

import java.math.BigDecimal;
import java.time.Instant;

public record MeetingView(
        MeetingId meetingId,
        ActivityId activityId,
        RegistrationId requester,
        String requesterOrganization,
        String requesterName,
        RegistrationId invitee,
        String inviteeOrganization,
        String inviteeName,
        String message,
        MeetingStatus status,
        Integer slot,
        Integer table,
        Instant startsAt,
        Instant endsAt,
        MeetingOutcome requesterOutcome,
        BigDecimal requesterValue,
        MeetingOutcome inviteeOutcome,
        BigDecimal inviteeValue,
        Instant requestedAt) {
}
