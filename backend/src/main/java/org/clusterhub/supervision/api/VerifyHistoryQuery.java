package org.clusterhub.supervision.api;

/** Checks one aggregate's stored events against their hash chain; answered with a {@link HistoryVerification}. */
public record VerifyHistoryQuery(String aggregateId) {
}
