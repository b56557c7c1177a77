package org.clusterhub.activity.api;

/** Where an activity stands. Whether it is over is a matter of its end time, not of a status. */
public enum ActivityStatus {
    /** Planned by the organizer, not yet visible to members. */
    PLANNED,
    /** Open to members: they see it and may register within the window. */
    PUBLISHED,
    CANCELLED
}
