package org.clusterhub.activity.api;

/** A meeting that can no longer take place because one side's registration ended. */
public record MeetingDroppedEvent(
        ActivityId activityId,
        MeetingId meetingId) {
}
