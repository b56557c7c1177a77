package org.clusterhub.shared.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * Rebuilds one aggregate as it was right after one of its events, with its context's own projection classes run over
 * an in-memory store ({@link MemoryMongoTemplate}) and answered by the context's own query: the same code that built
 * what the live screen showed (ADR 017). Events come from the event store, from the first one, never from a read
 * model or a snapshot.
 *
 * <p>Projections keep copies of other aggregates' data (a cluster's names, from {@code ClusterRegisteredEvent}). A
 * {@link Setup} names those aggregates from the replayed aggregate's events; their events are read from the store too
 * and handed to the projections in time order, interleaved with the aggregate's own, up to the point's time.
 *
 * <p>Stepping is incremental: a session per aggregate keeps the store where the last answer left it, moves forward
 * event by event, and keeps a copy every {@value #CHECKPOINT_EVERY} events to move back from. Sessions are dropped
 * when the aggregate gains an event, after {@link #IDLE} unused, or when more than {@value #SESSIONS} are open.
 */
@Component
public class AsOfReplay {

    static final int CHECKPOINT_EVERY = 100;
    static final int SESSIONS = 24;
    static final Duration IDLE = Duration.ofMinutes(10);

    private final StoredEvents stored;
    private final MongoTemplate mongo;
    private final Map<String, Session<?>> sessions = new LinkedHashMap<>(16, 0.75f, true);

    public AsOfReplay(StoredEvents stored, MongoTemplate mongo) {
        this.stored = stored;
        this.mongo = mongo;
    }

    /** A point of an aggregate's history: right after its event {@code sequenceNumber}, stored at {@code at}. */
    public record Point(long sequenceNumber, Instant at) {
    }

    /**
     * What a context replays and asks, over an in-memory MongoDB store.
     *
     * @param name the projections' name (one session per name and aggregate)
     * @param projections the context's projection instances over a store
     * @param references the aggregates whose events the projections copy from, given the aggregate's events
     * @param answer the context's query over the store at a point
     */
    public record Setup<V>(String name, Function<MongoTemplate, List<Object>> projections,
                           Function<List<DomainEventMessage<?>>, Collection<String>> references,
                           BiFunction<MongoTemplate, Point, Optional<V>> answer) {

        public static <V> Setup<V> of(String name, Function<MongoTemplate, List<Object>> projections,
                                      BiFunction<MongoTemplate, Point, Optional<V>> answer) {
            return new Setup<>(name, projections, events -> List.of(), answer);
        }

        Fold<MemoryMongoTemplate, V> fold(MongoConverter converter) {
            return new Fold<>(name, () -> new MemoryMongoTemplate(converter), projections::apply, references,
                    MemoryMongoTemplate::snapshot, (store, checkpoint) -> store.restore(snapshotOf(checkpoint)),
                    answer::apply);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, List<Document>> snapshotOf(Object checkpoint) {
            return (Map<String, List<Document>>) checkpoint;
        }
    }

    /**
     * What a context replays and asks, over a store of its own kind (a projection that keeps its documents in a map
     * when replayed): how to make an empty one, how to copy it at a checkpoint and how to put a copy back.
     *
     * @param store a new, empty store
     * @param checkpoint a deep copy of the store, which later events cannot change
     * @param restore puts a checkpoint's content back into the store (copied again: the checkpoint stays as is)
     */
    public record Fold<S, V>(String name, Supplier<S> store, Function<S, List<Object>> projections,
                             Function<List<DomainEventMessage<?>>, Collection<String>> references,
                             Function<S, Object> checkpoint, BiConsumer<S, Object> restore,
                             BiFunction<S, Point, Optional<V>> answer) {
    }

    /**
     * The aggregate as the setup's query answers right after its event {@code sequenceNumber}; empty for an aggregate
     * without events or a negative number. A number past the last event answers as of the last one.
     */
    public <V> Optional<V> asOf(String aggregateId, long sequenceNumber, Setup<V> setup) {
        return asOf(aggregateId, sequenceNumber, setup.fold(mongo.getConverter()));
    }

    /** The same, over a store of the context's own kind. */
    public <S, V> Optional<V> asOf(String aggregateId, long sequenceNumber, Fold<S, V> fold) {
        if (sequenceNumber < 0) {
            return Optional.empty();
        }
        Session<S> session = session(aggregateId, fold);
        if (session == null) {
            return Optional.empty();
        }
        synchronized (session) {
            return session.moveTo(sequenceNumber, fold);
        }
    }

    @SuppressWarnings("unchecked")
    private <S> Session<S> session(String aggregateId, Fold<S, ?> fold) {
        String key = fold.name() + ":" + aggregateId;
        List<DomainEventMessage<?>> own = stored.of(aggregateId);
        if (own.isEmpty()) {
            return null;
        }
        long last = own.get(own.size() - 1).getSequenceNumber();
        synchronized (sessions) {
            Instant now = Instant.now();
            sessions.values().removeIf(s -> s.usedAt.plus(IDLE).isBefore(now));
            Session<S> session = (Session<S>) sessions.get(key);
            if (session == null || session.lastSequence != last) {
                session = new Session<>(aggregateId, own, fold);
                sessions.put(key, session);
                while (sessions.size() > SESSIONS) {
                    sessions.remove(sessions.keySet().iterator().next());
                }
            }
            session.usedAt = now;
            return session;
        }
    }

    /** One aggregate's replay: its inputs in order, the store after the first {@code applied} of them. */
    private final class Session<S> {

        private final List<DomainEventMessage<?>> inputs = new ArrayList<>();
        /** For each event of the aggregate, by sequence number: how many inputs precede it, itself included. */
        private final TreeMap<Long, Integer> through = new TreeMap<>();
        private final TreeMap<Integer, Object> checkpoints = new TreeMap<>();
        private final long lastSequence;
        private S store;
        private List<EventMessageHandler> handlers;
        private int applied;
        private volatile Instant usedAt = Instant.now();

        Session(String aggregateId, List<DomainEventMessage<?>> own, Fold<S, ?> fold) {
            Instant end = own.get(own.size() - 1).getTimestamp();
            List<DomainEventMessage<?>> others = new ArrayList<>();
            for (String reference : new LinkedHashSet<>(fold.references().apply(own))) {
                if (!reference.equals(aggregateId)) {
                    others.addAll(stored.until(reference, end));
                }
            }
            others.sort((a, b) -> a.getTimestamp().compareTo(b.getTimestamp()));
            // A stable merge by time; another aggregate's event at the same instant comes first.
            int next = 0;
            for (DomainEventMessage<?> event : own) {
                while (next < others.size() && !others.get(next).getTimestamp().isAfter(event.getTimestamp())) {
                    inputs.add(others.get(next++));
                }
                inputs.add(event);
                through.put(event.getSequenceNumber(), inputs.size());
            }
            lastSequence = own.get(own.size() - 1).getSequenceNumber();
            reset(fold);
        }

        private void reset(Fold<S, ?> fold) {
            store = fold.store().get();
            handlers = fold.projections().apply(store).stream()
                    .map(projection -> (EventMessageHandler) new AnnotationEventHandlerAdapter(projection)).toList();
            applied = 0;
        }

        <V> Optional<V> moveTo(long sequenceNumber, Fold<S, V> fold) {
            Map.Entry<Long, Integer> point = through.floorEntry(sequenceNumber);
            if (point == null) {
                return Optional.empty();
            }
            int target = point.getValue();
            if (target < applied) {
                Map.Entry<Integer, Object> checkpoint = checkpoints.floorEntry(target);
                if (checkpoint == null) {
                    reset(fold);
                } else {
                    fold.restore().accept(store, checkpoint.getValue());
                    applied = checkpoint.getKey();
                }
            }
            while (applied < target) {
                DomainEventMessage<?> event = inputs.get(applied);
                for (EventMessageHandler handler : handlers) {
                    if (handler.canHandle(event)) {
                        try {
                            handler.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot replay event " + event.getSequenceNumber()
                                    + " of " + event.getAggregateIdentifier(), e);
                        }
                    }
                }
                applied++;
                if (applied % CHECKPOINT_EVERY == 0 && !checkpoints.containsKey(applied)) {
                    checkpoints.put(applied, fold.checkpoint().apply(store));
                }
            }
            DomainEventMessage<?> at = inputs.get(target - 1);
            return fold.answer().apply(store, new Point(at.getSequenceNumber(), at.getTimestamp()));
        }
    }
}
