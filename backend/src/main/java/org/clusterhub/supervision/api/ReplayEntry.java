package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.Map;

/**
 * One event on a replay's timeline.
 *
 * @param payload the event's fields as plain values, sealed ones masked
 * @param reason the reason, note or comment the command gave, where it gave one (unless sealed)
 * @param hash the event's hash in its aggregate's chain (ADR 013); null for events stored before chaining began
 * @param traceId the user action the event belongs to (Axon's root message id): the correlation view's id (ADR 018)
 */
public record ReplayEntry(long sequenceNumber, Instant timestamp, String eventType, Map<String, Object> payload,
                          String username, String displayName, String role, String organization, String city,
                          String correlationId, String reason, String hash, String traceId) {
}
