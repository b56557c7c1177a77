package org.clusterhub.zone.api;

/** Where a reported indicator value stands. Display names live under {@code zone.report.state.<NAME>}. */
public enum ReportState {
    REPORTED,
    QUESTIONED,
    ANSWERED,
    ACCEPTED
}
