package org.clusterhub.operations.api;

import java.time.Instant;
import java.util.UUID;

/** A rebuild gave up (or was found abandoned); the old read model still serves. */
public record ReadModelRebuildFailedEvent(ReadModelRebuildId rebuildId, UUID runId, String processor, String reason,
                                          Instant at) {
}
