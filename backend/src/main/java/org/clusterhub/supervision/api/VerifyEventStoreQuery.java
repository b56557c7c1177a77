package org.clusterhub.supervision.api;

/** Checks every stored event against its aggregate's hash chain; answered with a {@link HistoryVerification}. */
public record VerifyEventStoreQuery() {
}
