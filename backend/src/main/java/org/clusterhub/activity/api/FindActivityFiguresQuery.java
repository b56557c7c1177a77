package org.clusterhub.activity.api;

/** Follow-up figures of the activities the filter selects (only those started before now count), grouped. */
public record FindActivityFiguresQuery(
        ActivityFilter filter,
        FigureGrouping grouping) {
}
