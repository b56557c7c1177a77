package org.clusterhub.zone.api;

/** What the plan asks a zone to be. Display names live in the message bundles under {@code zone.kind.<NAME>}. */
public enum ZoneKind {
    /** 试验区: explores a new development model. */
    PILOT,
    /** 示范区: demonstrates a model for others to follow. */
    DEMONSTRATION
}
