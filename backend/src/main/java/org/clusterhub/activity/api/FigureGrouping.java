package org.clusterhub.activity.api;

/** How follow-up figures are grouped. */
public enum FigureGrouping {
    ACTIVITY,
    CLUSTER,
    CITY,
    /** By the public service project an activity belongs to (its figures count for that project). */
    PROJECT
}
