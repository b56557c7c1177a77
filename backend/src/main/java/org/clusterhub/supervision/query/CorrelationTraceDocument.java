package org.clusterhub.supervision.query;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The index of one user action (ADR 018): where in the event store its events are. Only an index: the events shown
 * are read from the store. Written only by {@link ProvenanceProjection}.
 */
@Document("correlation_traces")
class CorrelationTraceDocument {
    /** The action's id: Axon's {@code traceId}, the id of the command the person sent. */
    @Id
    String id;
    /** The aggregate the action changed first. */
    String firstAggregateId;
    List<EventRef> events = new ArrayList<>();

    /** Where one event of the action is stored. */
    static class EventRef {
        long globalIndex;
        String aggregateId;
        long sequenceNumber;
    }
}
