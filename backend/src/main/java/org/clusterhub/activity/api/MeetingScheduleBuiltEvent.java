package org.clusterhub.activity.api;

import java.util.List;

/** The whole meeting grid (it replaces an earlier one); {@code unscheduled} are accepted meetings the slots
 * could not hold. */
public record MeetingScheduleBuiltEvent(
        ActivityId activityId,
        List<ScheduledMeeting> scheduled,
        List<MeetingId> unscheduled) {
}
