package org.clusterhub.supervision.api;

/** Which way an indicator moved from the earlier period to the later one. */
public enum ChangeDirection {
    IMPROVED,
    FELL_BACK,
    UNCHANGED
}
