package org.clusterhub.project.api;

public enum ProjectSort {
    LAST_CHANGED,
    TITLE,
    FUNDING,
    START_YEAR,
    STATUS
}
