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
import java.util.function.BiFunction;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true);

    public AsOfReplay(EventStore eventStore, MongoTemplate mongo) {
        this.eventStore = eventStore;
        this.mongo = mongo;
    }

    /** A point of an aggregate's history: right after its event {@code sequenceNumber}, stored at {@code at}. */
    public record Point(long sequenceNumber, Instant at) {
    }

    /**
     * What a context replays and asks.
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
    }

    /**
     * The aggregate as the setup's query answers right after its event {@code sequenceNumber}; empty for an aggregate
     * without events or a negative number. A number past the last event answers as of the last one.
     */
    public <V> Optional<V> asOf(String aggregateId, long sequenceNumber, Setup<V> setup) {
        if (sequenceNumber < 0) {
            return Optional.empty();
        }
        Session session = session(aggregateId, setup);
        if (session == null) {
            return Optional.empty();
        }
        synchronized (session) {
            return session.moveTo(sequenceNumber, setup);
        }
    }

    private Session session(String aggregateId, Setup<?> setup) {
        String key = setup.name() + ":" + aggregateId;
        long last = eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
        if (last < 0) {
            return null;
        }
        synchronized (sessions) {
            Instant now = Instant.now();
            sessions.values().removeIf(s -> s.usedAt.plus(IDLE).isBefore(now));
            Session session = sessions.get(key);
            if (session == null || session.lastSequence != last) {
                session = new Session(aggregateId, setup);
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
    private final class Session {

        private final List<DomainEventMessage<?>> inputs = new ArrayList<>();
        /** For each event of the aggregate, by sequence number: how many inputs precede it, itself included. */
        private final TreeMap<Long, Integer> through = new TreeMap<>();
        private final TreeMap<Integer, Map<String, List<Document>>> checkpoints = new TreeMap<>();
        private final long lastSequence;
        private MemoryMongoTemplate store;
        private List<EventMessageHandler> handlers;
        private int applied;
        private volatile Instant usedAt = Instant.now();

        Session(String aggregateId, Setup<?> setup) {
            List<DomainEventMessage<?>> own = read(aggregateId, Instant.MAX);
            Instant end = own.isEmpty() ? Instant.MIN : own.get(own.size() - 1).getTimestamp();
            List<DomainEventMessage<?>> others = new ArrayList<>();
            for (String reference : new LinkedHashSet<>(setup.references().apply(own))) {
                if (!reference.equals(aggregateId)) {
                    others.addAll(read(reference, end));
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
            lastSequence = own.isEmpty() ? -1 : own.get(own.size() - 1).getSequenceNumber();
            reset(setup);
        }

        private List<DomainEventMessage<?>> read(String aggregateId, Instant until) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (event.getTimestamp().isAfter(until)) {
                    break;
                }
                events.add(event);
            }
            return events;
        }

        private void reset(Setup<?> setup) {
            store = new MemoryMongoTemplate(mongo.getConverter());
            handlers = setup.projections().apply(store).stream()
                    .map(projection -> (EventMessageHandler) new AnnotationEventHandlerAdapter(projection)).toList();
            applied = 0;
        }

        <V> Optional<V> moveTo(long sequenceNumber, Setup<V> setup) {
            Map.Entry<Long, Integer> point = through.floorEntry(sequenceNumber);
            if (point == null) {
                return Optional.empty();
            }
            int target = point.getValue();
            if (target < applied) {
                Map.Entry<Integer, Map<String, List<Document>>> checkpoint = checkpoints.floorEntry(target);
                if (checkpoint == null) {
                    reset(setup);
                } else {
                    store.restore(checkpoint.getValue());
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
                    checkpoints.put(applied, store.snapshot());
                }
            }
            DomainEventMessage<?> at = inputs.get(target - 1);
            return setup.answer().apply(store, new Point(at.getSequenceNumber(), at.getTimestamp()));
        }
    }
}
