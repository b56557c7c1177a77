package org.clusterhub.supervision.api;

/**
 * Checks every stored event against its aggregate's hash chain; answered with a {@link HistoryVerification}. As a
 * subscription query it reports {@link VerificationProgress} while it runs; {@code runId} keeps one run's progress
 * from reaching another's subscriber.
 */
public record VerifyEventStoreQuery(String runId) {
}
