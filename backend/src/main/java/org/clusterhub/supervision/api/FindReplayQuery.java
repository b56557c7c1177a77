package org.clusterhub.supervision.api;

/**
 * Every event of one aggregate for its replay, oldest first, read from the event store; answered with an optional
 * {@link ReplayTimeline}, empty when the id has no events.
 */
public record FindReplayQuery(String aggregateId) {
}
