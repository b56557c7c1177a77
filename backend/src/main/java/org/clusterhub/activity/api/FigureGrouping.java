package org.clusterhub.activity.api;

/** How follow-up figures are grouped. */
public enum FigureGrouping {
    ACTIVITY,
    CLUSTER,
    CITY
}
