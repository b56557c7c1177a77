package org.clusterhub.supervision.api;

/** Every event of one aggregate (cluster, zone, ...), oldest first, read from the event store. */
public record FindAggregateHistoryQuery(String aggregateId) {
}
