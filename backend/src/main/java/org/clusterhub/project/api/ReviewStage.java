package org.clusterhub.project.api;

/** The stage at which a project was returned for revision. */
public enum ReviewStage {
    CITY_REVIEW,
    PROVINCIAL_DECISION
}
