package org.clusterhub.subsidy.api;

public enum GrantState {
    /** Tranches remain to be paid. */
    ACTIVE,
    /** Every tranche is paid. */
    SETTLED,
    /** Withdrawn: what was not paid was released to the programme's budget. */
    WITHDRAWN
}
