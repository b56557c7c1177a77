package org.clusterhub.project.api;

/** What an approved project's change request changes (the approved baseline stays as it was). */
public enum ChangeKind {
    LEAD_ORGANIZATION,
    PERSON_IN_CHARGE,
    PERIOD,
    BUDGET,
    CONTENT,
    INDICATORS
}
