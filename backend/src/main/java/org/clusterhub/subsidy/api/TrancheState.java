package org.clusterhub.subsidy.api;

public enum TrancheState {
    /** Its condition is not met yet. */
    WAITING,
    /** Its condition is met: the supervisor may record the payment. */
    PAYABLE,
    PAID,
    /** The grant was withdrawn (or revised) before this tranche was paid. */
    CANCELLED
}
