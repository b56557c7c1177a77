package org.clusterhub.shared.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One aggregate's stored events, from the first (never a snapshot), read from the event store once and kept for the
 * replay's next questions: opening a replay asks for its timeline and for its state, and every step of the slider
 * asks again. Each call checks the aggregate's last sequence number in the store (one indexed row): if it grew, only
 * the new events are read and added; if it is the same, the kept events answer. At most {@value #AGGREGATES}
 * aggregates are kept, each for {@link #IDLE} after its last use (ADR 017).
 */
@Component
public class StoredEvents {

    static final int AGGREGATES = 32;
    static final Duration IDLE = Duration.ofMinutes(10);

    private final EventStore eventStore;
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

    public StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    private record Kept(List<DomainEventMessage<?>> events, Instant usedAt) {
    }

    /**
     * Every stored event of the aggregate in sequence order, deserialized; empty for an unknown one. The list is
     * unmodifiable and shared: do not change the events' payloads.
     */
    public List<DomainEventMessage<?>> of(String aggregateId) {
        long last = eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
        if (last < 0) {
            return List.of();
        }
        Kept before;
        synchronized (kept) {
            Instant now = Instant.now();
            kept.values().removeIf(k -> k.usedAt().plus(IDLE).isBefore(now));
            before = kept.get(aggregateId);
        }
        List<DomainEventMessage<?>> events;
        long keptLast = before == null || before.events().isEmpty() ? -1
                : before.events().get(before.events().size() - 1).getSequenceNumber();
        if (keptLast == last) {
            events = before.events();
        } else if (keptLast >= 0 && keptLast < last) {
            // New events since: read only those.
            List<DomainEventMessage<?>> grown = new ArrayList<>(before.events());
            read(aggregateId, keptLast + 1, grown);
            events = Collections.unmodifiableList(grown);
        } else {
            List<DomainEventMessage<?>> all = new ArrayList<>((int) Math.min(last + 1, 100_000));
            read(aggregateId, 0, all);
            events = Collections.unmodifiableList(all);
        }
        synchronized (kept) {
            kept.put(aggregateId, new Kept(events, Instant.now()));
            while (kept.size() > AGGREGATES) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return events;
    }

    /** The aggregate's stored events up to and including the time {@code until}. */
    public List<DomainEventMessage<?>> until(String aggregateId, Instant until) {
        List<DomainEventMessage<?>> events = of(aggregateId);
        int end = 0;
        while (end < events.size() && !events.get(end).getTimestamp().isAfter(until)) {
            end++;
        }
        return events.subList(0, end);
    }

    /** The event with this sequence number, or null. */
    public static DomainEventMessage<?> at(List<DomainEventMessage<?>> events, long sequenceNumber) {
        // Sequence numbers run from 0 without gaps in a sound store; search in case someone removed one.
        int low = 0;
        int high = events.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = events.get(middle).getSequenceNumber();
            if (found < sequenceNumber) {
                low = middle + 1;
            } else if (found > sequenceNumber) {
                high = middle - 1;
            } else {
                return events.get(middle);
            }
        }
        return null;
    }

    private void read(String aggregateId, long from, List<DomainEventMessage<?>> into) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, from);
        while (stream.hasNext()) {
            into.add(stream.next());
        }
    }
}
