package org.clusterhub.operations.api;

import java.time.Instant;
import java.util.UUID;

/** One rebuild: who started it, how it ended, how many events at which rate. */
public record ReadModelRebuildView(UUID runId, String processor, String requestedBy, Instant startedAt,
                                   RebuildStatus status, RebuildPhase lastPhase, long events, long millis,
                                   double eventsPerSecond, String reason, Instant finishedAt) {
}
