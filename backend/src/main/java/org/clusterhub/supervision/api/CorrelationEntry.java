package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a user action, read from the event store.
 *
 * @param globalIndex the event's position in the whole store: the order they happened in
 * @param aggregateName the aggregate's title or name when it was created, if it has one
 * @param owningClusterId the cluster the aggregate belongs to (itself for a cluster); null for zones and the like
 * @param payload the event's fields as plain values, sealed ones masked
 * @param causationId the message that directly caused it (Axon's {@code correlationId}): the command, or for work
 *                    done by the system on an event, that event
 */
public record CorrelationEntry(long globalIndex, String aggregateType, String aggregateId, String aggregateName,
                              String owningClusterId, long sequenceNumber, Instant timestamp, String eventType,
                              Map<String, Object> payload, String username, String displayName, String organization,
                              String city, String causationId) {
}
