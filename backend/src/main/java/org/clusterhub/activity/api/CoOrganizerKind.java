package org.clusterhub.activity.api;

/** Who helps hold an activity. */
public enum CoOrganizerKind {
    CLUSTER,
    CITY,
    INSTITUTE,
    ENTERPRISE,
    ABROAD
}
