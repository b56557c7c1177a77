package org.clusterhub.activity.api;

/** Where a 1:1 meeting request stands. */
public enum MeetingStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    /** Dropped because one side's registration ended. */
    DROPPED
}
