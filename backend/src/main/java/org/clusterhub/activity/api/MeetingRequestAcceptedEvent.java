package org.clusterhub.activity.api;

public record MeetingRequestAcceptedEvent(
        ActivityId activityId,
        MeetingId meetingId) {
}
