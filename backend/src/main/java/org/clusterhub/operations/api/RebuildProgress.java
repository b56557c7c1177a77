package org.clusterhub.operations.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A running rebuild as it stands: events applied of those in the store ({@code eventsTotal} grows when events are
 * stored meanwhile), the rate so far and the estimated seconds left (-1 when not yet known).
 */
public record RebuildProgress(UUID runId, RebuildPhase phase, long eventsDone, long eventsTotal,
                              double eventsPerSecond, long etaSeconds, Instant startedAt) {
}
