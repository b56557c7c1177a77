package org.clusterhub.subsidy.api;

public enum ProgrammeStatus {
    /** Grants may be awarded, revised, withdrawn and paid. */
    OPEN,
    /** Settled and closed: every grant paid or withdrawn; the rest of the budget lapses. */
    CLOSED
}
