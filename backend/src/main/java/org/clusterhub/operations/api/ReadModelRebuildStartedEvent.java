package org.clusterhub.operations.api;

import java.time.Instant;
import java.util.UUID;

/** A supervisor started rebuilding a read model from the event store. */
public record ReadModelRebuildStartedEvent(ReadModelRebuildId rebuildId, UUID runId, String processor,
                                           String requestedBy, Instant at) {
}
