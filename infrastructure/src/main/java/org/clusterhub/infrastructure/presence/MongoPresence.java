package org.clusterhub.infrastructure.presence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Presence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence shared by every node through one MongoDB collection, {@code presence}, that only this class writes: one
 * document per open screen, kept alive by a heartbeat and removed when the screen closes. A node that dies stops
 * its heartbeats, and its entries drop out of every list once they expire.
 *
 * <p>Each node runs one poller that reads the entries of the resources its own screens have open and tells a
 * screen only when its list changed. All MongoDB work of a node happens on one thread, in the order screens asked
 * for it (a close never overtakes its join); listeners are called on another, so a slow screen never delays the
 * poll.
 *
 * <p>Expiry is by timestamp in every query: the embedded mongo-java-server ignores TTL indexes, so the TTL index
 * declared here only spares a real MongoDB the clean-up this class also does itself.
 *
 * @see <a href="../../../../../../../../docs/decisions/008-presence-across-nodes.md">ADR 008</a>
 */
public class MongoPresence implements Presence, AutoCloseable {

    static final String COLLECTION = "presence";
    private static final Logger log = LoggerFactory.getLogger(MongoPresence.class);

    private final MongoCollection<Document> entries;
    private final String nodeId;
    private final Duration heartbeat;
    private final Duration expiry;
    private final Clock clock;
    private final ScheduledExecutorService io;
    private final ExecutorService delivery;
    private final Map<String, LocalSession> sessions = new ConcurrentHashMap<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private volatile Instant nextHeartbeat = Instant.MIN;
    private volatile boolean closed;

    /**
     * @param heartbeat how often this node renews its entries
     * @param expiry    how long an entry counts without a renewal: several heartbeats, so that one slow write does
     *                  not make a person flicker out of the list
     * @param poll      how often this node reads the entries of the resources its screens have open: bounds how
     *                  late another node's change shows here
     */
    public MongoPresence(MongoCollection<Document> entries, String nodeId, Duration heartbeat, Duration expiry,
                         Duration poll, Clock clock) {
        if (expiry.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("presence expiry " + expiry + " must be at least two heartbeats ("
                    + heartbeat + ")");
        }
        this.entries = entries;
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.expiry = expiry;
        this.clock = clock;
        this.io = Executors.newSingleThreadScheduledExecutor(daemon("presence-" + nodeId));
        this.delivery = Executors.newSingleThreadExecutor(daemon("presence-listeners-" + nodeId));
        io.execute(this::createIndexes);
        io.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Handle join(String resourceId, Actor actor, Consumer<List<Present>> listener) {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(listener, "listener");
        LocalSession session = new LocalSession(UUID.randomUUID().toString(), resourceId, actor, listener, now());
        sessions.put(session.sessionId, session);
        onIo(() -> {
            write(session);
            refresh();
        });
        return session;
    }

    /** Leaves every screen of this node: the others see them go at their next poll instead of after the expiry. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<String> ids = List.copyOf(sessions.keySet());
        sessions.clear();
        io.execute(() -> {
            try {
                if (!ids.isEmpty()) {
                    entries.deleteMany(Filters.in("_id", ids));
                }
            } catch (RuntimeException e) {
                log.warn("could not remove this node's presence entries; they expire by themselves", e);
            }
        });
        io.shutdown();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        io.shutdownNow();
        delivery.shutdownNow();
    }

    // ---- the io thread ----------------------------------------------------------------------------------------

    private void tick() {
        try {
            Instant now = now();
            if (!now.isBefore(nextHeartbeat)) {
                renewAll(now);
                removeExpired(now);
                nextHeartbeat = now.plus(heartbeat);
            }
            refresh();
        } catch (RuntimeException e) {
            // The next tick tries again; a failing store must not kill the poller.
            log.warn("presence poll failed: {}", e.toString());
        }
    }

    private void write(LocalSession session) {
        Instant now = now();
        entries.replaceOne(Filters.eq("_id", session.sessionId), document(session, now),
                new ReplaceOptions().upsert(true));
    }

    /** One round trip for all of this node's screens; an upsert, so that an entry removed meanwhile comes back. */
    private void renewAll(Instant now) {
        List<ReplaceOneModel<Document>> writes = sessions.values().stream()
                .map(session -> new ReplaceOneModel<>(Filters.eq("_id", session.sessionId), document(session, now),
                        new ReplaceOptions().upsert(true)))
                .toList();
        if (!writes.isEmpty()) {
            entries.bulkWrite(writes);
        }
    }

    private void removeExpired(Instant now) {
        entries.deleteMany(Filters.lt("expiresAt", Date.from(now)));
    }

    /** Reads the entries of the resources this node's screens have open and tells each screen whose list changed. */
    private void refresh() {
        refreshQueued.set(false);
        Set<String> resources = sessions.values().stream().map(s -> s.resourceId).collect(Collectors.toSet());
        if (resources.isEmpty()) {
            return;
        }
        Bson filter = Filters.and(Filters.in("resourceId", resources), Filters.gt("expiresAt", Date.from(now())));
        Map<String, List<Present>> byResource = new HashMap<>();
        for (Document entry : entries.find(filter).sort(Sorts.ascending("since", "_id"))) {
            byResource.computeIfAbsent(entry.getString("resourceId"), r -> new ArrayList<>()).add(present(entry));
        }
        for (LocalSession session : sessions.values()) {
            List<Present> current = List.copyOf(byResource.getOrDefault(session.resourceId, List.of()));
            if (!current.equals(session.delivered)) {
                session.delivered = current;
                delivery.execute(() -> session.deliver(current));
            }
        }
    }

    private void createIndexes() {
        try {
            entries.createIndex(Indexes.ascending("resourceId"));
            entries.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.debug("presence indexes not created: {}", e.toString());
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Runs MongoDB work on the io thread in order; a refresh asked for while one is queued is not queued again. */
    private void onIo(Runnable work) {
        if (closed) {
            return;
        }
        io.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("presence update failed (the next heartbeat repeats it): {}", e.toString());
            }
        });
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            onIo(this::refresh);
        }
    }

    private Document document(LocalSession session, Instant now) {
        Actor actor = session.actor;
        return new Document("_id", session.sessionId)
                .append("resourceId", session.resourceId)
                .append("userId", actor.userId())
                .append("displayName", actor.displayName())
                .append("organization", actor.organization())
                .append("city", actor.city() == null ? null : actor.city().name())
                .append("editingPart", session.editingPart)
                .append("since", Date.from(session.since))
                .append("node", nodeId)
                .append("expiresAt", Date.from(now.plus(expiry)));
    }

    private static Present present(Document entry) {
        String city = entry.getString("city");
        return new Present(entry.getString("_id"), entry.getString("userId"), entry.getString("displayName"),
                entry.getString("organization"), city == null ? null : City.valueOf(city),
                entry.getString("editingPart"), entry.getDate("since").toInstant());
    }

    /** MongoDB keeps milliseconds: so do we, so that a list read back equals the one delivered before. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One screen of this node. */
    private final class LocalSession implements Handle {
        private final String sessionId;
        private final String resourceId;
        private final Actor actor;
        private final Consumer<List<Present>> listener;
        private final Instant since;
        private volatile String editingPart;
        /** The list last handed to the listener; touched only on the io thread. */
        private List<Present> delivered;
        private final AtomicBoolean left = new AtomicBoolean();

        LocalSession(String sessionId, String resourceId, Actor actor, Consumer<List<Present>> listener,
                     Instant since) {
            this.sessionId = sessionId;
            this.resourceId = resourceId;
            this.actor = actor;
            this.listener = listener;
            this.since = since;
        }

        @Override
        public void editing(String part) {
            if (left.get() || Objects.equals(part, editingPart)) {
                return;
            }
            editingPart = part;
            onIo(() -> {
                if (!left.get()) {
                    entries.updateOne(Filters.eq("_id", sessionId), Updates.set("editingPart", part));
                    refresh();
                }
            });
        }

        @Override
        public void close() {
            if (!left.compareAndSet(false, true)) {
                return;
            }
            sessions.remove(sessionId);
            onIo(() -> {
                entries.deleteOne(Filters.eq("_id", sessionId));
                queueRefresh();
            });
        }

        private void deliver(List<Present> present) {
            if (left.get()) {
                return;
            }
            try {
                listener.accept(present);
            } catch (RuntimeException e) {
                log.warn("presence listener failed for {}", resourceId, e);
            }
        }
    }
}
