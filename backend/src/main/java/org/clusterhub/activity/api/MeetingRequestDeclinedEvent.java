package org.clusterhub.activity.api;

public record MeetingRequestDeclinedEvent(
        ActivityId activityId,
        MeetingId meetingId) {
}
