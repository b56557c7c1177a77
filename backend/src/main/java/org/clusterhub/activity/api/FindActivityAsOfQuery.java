package org.clusterhub.activity.api;

/**
 * The activity as it was right after its event {@code sequenceNumber}, rebuilt from its stored events up to that point
 * (never from a stored copy); answered with an optional {@link ActivityView}, empty for an unknown activity.
 */
public record FindActivityAsOfQuery(ActivityId activityId, long sequenceNumber) {
}
