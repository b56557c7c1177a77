package org.clusterhub.supervision.api;

/** A dimension an indicator's figure is broken down by. */
public enum FactBreakdown {
    /** The kind of the thing counted: an organization's kind, an activity's kind. */
    KIND,
    /** The city of the thing counted. */
    CITY
}
