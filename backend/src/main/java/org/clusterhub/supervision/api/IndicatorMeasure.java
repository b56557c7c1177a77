package org.clusterhub.supervision.api;

/** How an indicator's facts make its figure. */
public enum IndicatorMeasure {
    /** The facts dated within the period: approvals, check-ins, ... */
    EVENTS_IN_PERIOD,
    /** The facts standing at the period's end: begun on or before it and not ended by then (members). */
    STANDING_AT_END
}
