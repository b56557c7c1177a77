package org.clusterhub.operations.api;

import java.time.Instant;
import java.util.UUID;

/** A running rebuild reached a phase or a share of its events (a milestone, not every step of the bar). */
public record ReadModelRebuildProgressedEvent(ReadModelRebuildId rebuildId, UUID runId, String processor,
                                              RebuildPhase phase, long eventsDone, long eventsTotal, Instant at) {
}
