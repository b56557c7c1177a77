package org.clusterhub.supervision.api;

/** The unit of an indicator's amount. */
public enum AmountUnit {
    /** 元 */
    YUAN,
    /** 万元, as project budgets are stated */
    TEN_THOUSAND_YUAN
}
