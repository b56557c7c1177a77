package org.clusterhub.activity.api;

import java.math.BigDecimal;

public record MeetingOutcomeRecordedEvent(
        ActivityId activityId,
        MeetingId meetingId,
        RegistrationId side,
        String organization,
        MeetingOutcome outcome,
        BigDecimal contractValue,
        String note) {
}
