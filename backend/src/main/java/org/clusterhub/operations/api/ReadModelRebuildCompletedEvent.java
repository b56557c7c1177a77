package org.clusterhub.operations.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The rebuilt read model serves from now on; {@code collections} are the logical collections it replaced. */
public record ReadModelRebuildCompletedEvent(ReadModelRebuildId rebuildId, UUID runId, String processor,
                                             long events, long millis, List<String> collections, Instant at) {
}
