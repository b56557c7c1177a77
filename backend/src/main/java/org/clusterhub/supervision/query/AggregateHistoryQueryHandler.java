package org.clusterhub.supervision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.SealedFields;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.supervision.api.HistoryEntry;
import org.springframework.stereotype.Component;

/**
 * Answers history questions from the event store itself, never from a read model. Sealed fields (an expert's scores
 * before the review completes) are masked: the history leaves ClusterHub through the History tab and the API.
 */
@Component
class AggregateHistoryQueryHandler {

    private final EventStore eventStore;
    private final ObjectMapper json;

    AggregateHistoryQueryHandler(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    @QueryHandler
    AggregateHistory handle(FindAggregateHistoryQuery query) {
        // From the first event, never from a snapshot: the history is every event, however the aggregate loads.
        DomainEventStream stream = eventStore.readEvents(query.aggregateId(), 0L);
        List<HistoryEntry> entries = new ArrayList<>();
        String type = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            type = event.getType();
            MetaData meta = event.getMetaData();
            entries.add(new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(),
                    event.getPayloadType().getSimpleName(), SealedFields.fields(json, event.getPayload()),
                    text(meta, MetaDataKeys.USERNAME), text(meta, MetaDataKeys.DISPLAY_NAME),
                    text(meta, MetaDataKeys.ROLE), text(meta, MetaDataKeys.ORGANIZATION),
                    text(meta, MetaDataKeys.CITY), text(meta, MetaDataKeys.CORRELATION_ID)));
        }
        return new AggregateHistory(query.aggregateId(), type, entries);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
