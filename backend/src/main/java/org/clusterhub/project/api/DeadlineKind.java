package org.clusterhub.project.api;

/** The dates ClusterHub watches for a project; a missed one is recorded as an event and flagged as overdue. */
public enum DeadlineKind {
    CITY_REVIEW,
    EXPERT_REVIEW,
    PUBLICITY,
    MILESTONE,
    SELF_EVALUATION
}
