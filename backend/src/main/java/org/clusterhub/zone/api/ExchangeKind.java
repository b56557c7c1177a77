package org.clusterhub.zone.api;

/** One step in the exchange about a reported value. */
public enum ExchangeKind {
    QUESTION,
    ANSWER,
    ACCEPTANCE
}
