package org.clusterhub.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.clusterhub.cluster.api.OrganizationId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.City;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * c) What the event store costs as it grows, measured on Axon's JdbcEventStorageEngine itself (the same engine
 * and schema the nodes use, built here without a node so that no projection chews through the synthetic events):
 * the store is filled with batched appends of aggregates of 50 MemberOrganizationAddedEvents, and at each size:
 * <ul>
 *   <li>head poll: what a tracking processor does every fetch delay when nothing is new;</li>
 *   <li>head poll after a write: the same, finding the one event just appended (defeats H2's result cache);</li>
 *   <li>head poll after a write with a gap in the token: the query every reader runs while a gap is open;</li>
 *   <li>aggregate load: EventStore.readEvents(aggregateId) of a random 50-event aggregate, payloads
 *   deserialized, as before every command;</li>
 *   <li>read all / replay: the whole stream from the start, as a new or reset projection reads it: rows only,
 *   and with the payloads deserialized.</li>
 * </ul>
 */
final class SizeBench {

    static final int EVENTS_PER_AGGREGATE = 50;
    private static final int AGGREGATES_PER_APPEND = 20;
    private static final int POLLS = 2_000;
    private static final int POLLS_AFTER_WRITE = 300;
    /** Fewer with a gap: on H2 each such poll scans the whole table (seconds at 1M events). */
    private static final int GAP_POLLS_AFTER_WRITE = 60;
    private static final int LOADS = 500;

    record Point(long size, double fillSeconds, Stats headPoll, Stats headPollAfterWrite, Stats headPollWithGap,
                 Stats aggregateLoad, double readEventsPerSecond, double replayEventsPerSecond, long storeBytes) {
    }

    record Result(String store, List<Point> points) {
    }

    static Result run(Databases databases, String kind, List<Long> sizes) {
        Databases.Store store = databases.fresh(kind, "size");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(store.url());
        config.setUsername(store.user());
        config.setPassword(store.password());
        config.setMaximumPoolSize(4);
        List<Point> points = new ArrayList<>();
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration/" + (store.postgres() ? "postgresql" : "h2"))
                    .load().migrate();
            JacksonSerializer serializer = JacksonSerializer.builder()
                    .objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .persistenceExceptionResolver(new SQLStateResolver("23505"))
                    .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                    .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)))
                    .build();
            EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
            try {
                Filler filler = new Filler(engine);
                for (long size : sizes) {
                    long fillStart = System.nanoTime();
                    filler.fillTo(size);
                    double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                    System.out.printf("  %s: %,d events stored (filled in %.1f s); measuring...%n", kind, size,
                            fillSeconds);
                    Stats headPoll = headPoll(engine);
                    Stats afterWrite = headPollAfterWrite(engine, filler, false);
                    Stats headPollWithGap = headPollAfterWrite(engine, filler, true);
                    Stats load = aggregateLoad(eventStore, filler);
                    double read = eventsPerSecond(engine, false);
                    double replay = eventsPerSecond(engine, true);
                    points.add(new Point(size, fillSeconds, headPoll, afterWrite, headPollWithGap, load, read,
                            replay, databases.databaseSize(store)));
                }
            } finally {
                eventStore.shutDown();
            }
        }
        return new Result(kind, points);
    }

    /** Appends aggregates of 50 events, 20 aggregates (1,000 events) per append call and transaction. */
    static final class Filler {
        private final JdbcEventStorageEngine engine;
        private final List<String> aggregates = new ArrayList<>();
        private final MetaData metaData;
        private long stored;

        Filler(JdbcEventStorageEngine engine) {
            this.engine = engine;
            Map<String, String> values = new HashMap<>();
            values.put("userId", "bench");
            values.put("username", "staff01");
            values.put("displayName", "青岛市轨道交通装备产业协会 工作人员");
            values.put("role", "PROMOTION_STAFF");
            values.put("organization", "青岛市轨道交通装备产业协会");
            values.put("city", "QINGDAO");
            values.put("correlationId", UUID.randomUUID().toString());
            values.put("traceId", UUID.randomUUID().toString());
            this.metaData = MetaData.from(values);
        }

        void fillTo(long target) {
            while (stored < target) {
                List<DomainEventMessage<?>> batch = new ArrayList<>();
                for (int a = 0; a < AGGREGATES_PER_APPEND && stored + batch.size() < target; a++) {
                    ClusterId cluster = ClusterId.create();
                    aggregates.add(cluster.toString());
                    for (int seq = 0; seq < EVENTS_PER_AGGREGATE; seq++) {
                        batch.add(new GenericDomainEventMessage<>("Cluster", cluster.toString(), seq,
                                syntheticEvent(cluster, aggregates.size() * 100L + seq), metaData));
                    }
                }
                engine.appendEvents(batch);
                stored += batch.size();
            }
        }

        /** One more event of a new aggregate, outside the counted size (for polls after a write). */
        void appendOne() {
            ClusterId cluster = ClusterId.create();
            engine.appendEvents(new GenericDomainEventMessage<>("Cluster", cluster.toString(), 0,
                    syntheticEvent(cluster, 7), metaData));
        }

        String randomAggregate() {
            return aggregates.get(ThreadLocalRandom.current().nextInt(aggregates.size()));
        }

        private static MemberOrganizationAddedEvent syntheticEvent(ClusterId cluster, long n) {
            String code = "91370200" + String.format("%09d", n % 1_000_000_000L) + "X";
            return new MemberOrganizationAddedEvent(cluster, OrganizationId.forCreditCode(code),
                    "山东某装备制造有限公司 " + n, OrganizationKind.ENTERPRISE, City.QINGDAO, ChainPosition.SUPPLIER,
                    code);
        }
    }

    /** Polls at the head with nothing new, as an idle processor does (H2 may answer from its result cache). */
    private static Stats headPoll(JdbcEventStorageEngine engine) {
        TrackingToken head = engine.createHeadToken();
        Stats stats = new Stats();
        for (int i = 0; i < POLLS + 200; i++) {
            long start = System.nanoTime();
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(head, false)) {
                if (events.findFirst().isPresent()) {
                    throw new IllegalStateException("nothing should be new at the head");
                }
            }
            if (i >= 200) {
                stats.add(System.nanoTime() - start);
            }
        }
        return stats;
    }

    /**
     * Appends one event, then polls from the previous head and finds it: a poll no result cache can answer. With
     * {@code withGap}, the token also carries an open gap (index 0, never used: identities start at 1), as one left
     * by a transaction in flight or rolled back, which switches Axon to its "with gaps" query.
     */
    private static Stats headPollAfterWrite(JdbcEventStorageEngine engine, Filler filler, boolean withGap) {
        Stats stats = new Stats();
        TrackingToken token = engine.createHeadToken();
        int polls = withGap ? GAP_POLLS_AFTER_WRITE : POLLS_AFTER_WRITE;
        int warmUp = polls / 10;
        for (int i = 0; i < polls; i++) {
            filler.appendOne();
            TrackingToken from = withGap
                    ? GapAwareTrackingToken.newInstance(token.position().orElse(0), Set.of(0L)) : token;
            long start = System.nanoTime();
            TrackedEventMessage<?> found;
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, false)) {
                found = events.findFirst().orElseThrow(() -> new IllegalStateException("the new event is missing"));
            }
            long elapsed = System.nanoTime() - start;
            if (i >= warmUp) {
                stats.add(elapsed);
            }
            token = found.trackingToken();
        }
        return stats;
    }

    private static Stats aggregateLoad(EmbeddedEventStore eventStore, Filler filler) {
        Stats stats = new Stats();
        for (int i = 0; i < LOADS + 100; i++) {
            String aggregate = filler.randomAggregate();
            long start = System.nanoTime();
            DomainEventStream events = eventStore.readEvents(aggregate);
            int count = 0;
            while (events.hasNext()) {
                if (events.next().getPayload() == null) {
                    throw new IllegalStateException("no payload");
                }
                count++;
            }
            long elapsed = System.nanoTime() - start;
            if (count != EVENTS_PER_AGGREGATE) {
                throw new IllegalStateException(aggregate + " has " + count + " events");
            }
            if (i >= 100) {
                stats.add(elapsed);
            }
        }
        return stats;
    }

    /** The whole stream from the start, as a new or reset processor reads it; with or without the payloads. */
    private static double eventsPerSecond(JdbcEventStorageEngine engine, boolean deserialize) {
        long count = 0;
        long start = System.nanoTime();
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            var iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (deserialize && event.getPayload() == null) {
                    throw new IllegalStateException("no payload");
                }
                count++;
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
