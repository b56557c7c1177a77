package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.Map;

/**
 * One event as the History tab shows it.
 *
 * @param eventType the event's simple class name, e.g. {@code ClusterLevelChangedEvent}
 * @param payload the event's fields as plain values (ids and enums as strings)
 */
public record HistoryEntry(long sequenceNumber, Instant timestamp, String eventType, Map<String, Object> payload,
                           String username, String displayName, String role, String organization, String city,
                           String correlationId) {
}
