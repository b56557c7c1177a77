package org.clusterhub.supervision.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone opened or exported an aggregate's replay. Who it was (name, role, organization, city) is in the metadata,
 * as for every event; {@code username} names the log's owner.
 */
public record ReplayAccessRecordedEvent(AccessLogId logId, String username, LocalDate day, String viewedAggregateId,
                                        String viewedAggregateType, String viewedTitle, String owningClusterId,
                                        ReplayAccessAction action, Long sequenceNumber, Instant at) {
}
