package org.clusterhub.infrastructure.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Gives every aggregate event, as it is published, the hash that chains it to the aggregate's previous event. The
 * previous hash comes from the event published just before in the same unit of work, else from the store (one
 * indexed row). Events of one aggregate are appended in sequence under its lock, and a second node appending the
 * same sequence number fails on the store's unique key, so the chain cannot fork.
 *
 * @see <a href="../../../../../../../../docs/decisions/013-hash-chained-events.md">ADR 013</a>
 */
public class EventHashChain implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = EventHashChain.class.getName() + ".last";

    private final Serializer eventSerializer;
    private final EventStorageEngine storage;
    private final ObjectMapper json = new ObjectMapper();

    public EventHashChain(Serializer eventSerializer, EventStorageEngine storage) {
        this.eventSerializer = eventSerializer;
        this.storage = storage;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, String> lastHashes = lastHashes();
        return (index, message) -> message instanceof DomainEventMessage<?> event
                && !event.getMetaData().containsKey(EventHash.METADATA_KEY) ? chain(event, lastHashes) : message;
    }

    private EventMessage<?> chain(DomainEventMessage<?> event, Map<String, String> lastHashes) {
        String aggregateId = event.getAggregateIdentifier();
        String previous = event.getSequenceNumber() == 0 ? EventHash.GENESIS
                : lastHashes.computeIfAbsent(aggregateId, id -> stored(id, event.getSequenceNumber() - 1));
        SerializedObject<byte[]> payload = eventSerializer.serialize(event.getPayload(), byte[].class);
        String hash = EventHash.of(previous, aggregateId, event.getSequenceNumber(), payload.getType().getName(),
                payload.getType().getRevision(), event.getTimestamp().toEpochMilli(), payload.getData(),
                EventHash.canonical(json.valueToTree(event.getMetaData())));
        lastHashes.put(aggregateId, hash);
        return event.andMetaData(Map.of(EventHash.METADATA_KEY, hash));
    }

    /** The hash of the stored event before this one, or {@link EventHash#UNCHAINED} if it carries none. */
    private String stored(String aggregateId, long sequence) {
        DomainEventStream stream = storage.readEvents(aggregateId, sequence);
        if (stream.hasNext()) {
            DomainEventMessage<?> previous = stream.next();
            Object hash = previous.getSequenceNumber() == sequence ? previous.getMetaData().get(EventHash.METADATA_KEY)
                    : null;
            if (hash != null) {
                return hash.toString();
            }
        }
        return EventHash.UNCHAINED;
    }

    /** Hashes chained in this unit of work (several events of one aggregate per command), or for this call alone. */
    private static Map<String, String> lastHashes() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(LAST_HASHES, key -> new HashMap<>());
    }
}
