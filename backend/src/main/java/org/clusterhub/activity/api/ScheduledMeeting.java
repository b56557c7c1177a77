package org.clusterhub.activity.api;

import java.time.Instant;

/** One meeting in the grid: slot 0 starts when the activity starts; tables count from 1. */
public record ScheduledMeeting(
        MeetingId meetingId,
        int slot,
        int table,
        Instant startsAt,
        Instant endsAt) {
}
