package org.clusterhub.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.SUPERVISOR;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.addMember;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.jdbc;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.nextCreditCode;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.registerCluster;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.send;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.webPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.command.ConcurrencyException;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Two ClusterHub nodes in this JVM on ONE PostgreSQL event store and ONE MongoDB (node A's embedded server, which
 * node B uses by URI), with writers on both nodes racing on shared aggregates. Proves what several nodes rely on:
 * <ul>
 *   <li>the store keeps every aggregate's sequence gap-free and duplicate-free;</li>
 *   <li>a write that loses a race fails as Axon's {@link ConcurrencyException} and stores nothing, and every
 *   acknowledged command is in the store;</li>
 *   <li>a streaming processor on EACH node (node-local, in-memory token from the tail, like the live processor)
 *   sees every stored event exactly once and in per-aggregate order, including events written by the other node,
 *   while writers on both nodes commit concurrently (so not necessarily in {@code globalIndex} order: the
 *   gap-aware tokens must not skip the late ones);</li>
 *   <li>over REST a stale version is a 409, also when the change was made on the other node.</li>
 * </ul>
 * Skipped when no PostgreSQL server is reachable ({@link PostgresSupport#HOW_TO_RUN}).
 */
class TwoNodeEventStoreProofTest {

    private static final int WRITERS_PER_NODE = 4;
    private static final int PRIVATE_CLUSTERS = 40;
    private static final int SHARED_CLUSTERS = 2;
    private static final Duration WRITE_FOR = Duration.ofSeconds(12);
    private static final int MAX_COMMANDS_PER_WRITER = 1_500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String jdbcUrl;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static final StoreProbe PROBE_A = new StoreProbe();
    private static final StoreProbe PROBE_B = new StoreProbe();

    @BeforeAll
    static void startTwoNodes() {
        PostgresSupport.assumeAvailable();
        jdbcUrl = PostgresSupport.freshDatabase("twonodes");
        // Node A: migrates the schema, seeds the plan and demo accounts, hosts the embedded MongoDB on a free port.
        nodeA = EventStoreTestSupport.startNode("node-a", jdbcUrl, List.of(), probeOn("node-a", PROBE_A));
        int mongoPort = nodeA.getBean(MongoServer.class).getLocalAddress().getPort();
        // Node B: same event store, node A's MongoDB by URI, no seeding of its own.
        nodeB = EventStoreTestSupport.startNode("node-b", jdbcUrl, List.of(
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/clusterhub",
                "--clusterhub.seed.plan=false",
                "--clusterhub.seed.demo-accounts=false"), probeOn("node-b", PROBE_B));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        EventStoreTestSupport.dropDatabase(jdbcUrl);
    }

    @Test
    void concurrentWritersOnTwoNodesKeepTheStoreConsistentAndEveryNodeSeesEveryEventOnceInOrder() throws Exception {
        CommandGateway gatewayA = nodeA.getBean(CommandGateway.class);
        CommandGateway gatewayB = nodeB.getBean(CommandGateway.class);
        List<ClusterId> privateClusters = new ArrayList<>();
        for (int i = 0; i < PRIVATE_CLUSTERS; i++) {
            privateClusters.add(registerCluster(i % 2 == 0 ? gatewayA : gatewayB, "private" + i,
                    ClusterLevel.PROVINCIAL));
        }
        List<ClusterId> sharedClusters = new ArrayList<>();
        for (int i = 0; i < SHARED_CLUSTERS; i++) {
            sharedClusters.add(registerCluster(gatewayA, "shared" + i, ClusterLevel.PROVINCIAL));
        }
        Set<ClusterId> testClusters = new HashSet<>(privateClusters);
        testClusters.addAll(sharedClusters);

        Map<ClusterId, List<String>> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger conflictsOnShared = new AtomicInteger();
        AtomicInteger conflictsOnPrivate = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> otherFailures = new ConcurrentLinkedQueue<>();
        int writers = 2 * WRITERS_PER_NODE;
        int privatePerWriter = PRIVATE_CLUSTERS / writers;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        long deadline = started + WRITE_FOR.toNanos();
        for (int w = 0; w < writers; w++) {
            CommandGateway gateway = w < WRITERS_PER_NODE ? gatewayA : gatewayB;
            // Each writer owns a slice of the private clusters (no one else writes there) and races on the shared.
            List<ClusterId> own = privateClusters.subList(w * privatePerWriter, (w + 1) * privatePerWriter);
            pool.execute(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int n = 0; n < MAX_COMMANDS_PER_WRITER && System.nanoTime() < deadline; n++) {
                    boolean shared = random.nextInt(10) < 3;
                    ClusterId target = shared ? sharedClusters.get(random.nextInt(sharedClusters.size()))
                            : own.get(random.nextInt(own.size()));
                    String code = nextCreditCode();
                    try {
                        send(gateway, SUPERVISOR, addMember(target, code));
                        acknowledged.computeIfAbsent(target, k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(code);
                    } catch (ConcurrencyException lostTheRace) {
                        (shared ? conflictsOnShared : conflictsOnPrivate).incrementAndGet();
                    } catch (Throwable other) {
                        otherFailures.add(other);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(WRITE_FOR.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(otherFailures).as("failures other than concurrency conflicts").isEmpty();

        // The store: every aggregate's sequence numbers are exactly 0..n-1 (no gap, no duplicate).
        Map<String, List<Long>> stored = storedSequences();
        long storedEvents = stored.values().stream().mapToLong(List::size).sum();
        stored.forEach((aggregate, sequences) -> assertThat(sequences).as("sequence numbers of %s", aggregate)
                .containsExactlyElementsOf(LongStream.range(0, sequences.size()).boxed().toList()));

        // Every acknowledged command's event is stored, once; a command that failed stored nothing.
        Map<String, List<String>> storedCodes = storedMemberCodes();
        int acknowledgedCount = 0;
        for (ClusterId cluster : testClusters) {
            List<String> acked = acknowledged.getOrDefault(cluster, List.of());
            acknowledgedCount += acked.size();
            assertThat(storedCodes.getOrDefault(cluster.toString(), List.of())).as("members stored for %s", cluster)
                    .containsExactlyInAnyOrderElementsOf(acked);
        }
        assertThat(conflictsOnShared).as("conflicts between the nodes on shared aggregates").hasPositiveValue();
        assertThat(conflictsOnPrivate).as("conflicts where only one writer writes").hasValue(0);

        // Each node's own streaming processor: every stored event exactly once, in per-aggregate order.
        for (StoreProbe probe : List.of(PROBE_A, PROBE_B)) {
            long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (probe.received.get() < storedEvents && System.nanoTime() < waitUntil) {
                Thread.sleep(50);
            }
        }
        Thread.sleep(300); // anything beyond the stored events (a duplicate) would show up now
        for (StoreProbe probe : List.of(PROBE_A, PROBE_B)) {
            String node = probe == PROBE_A ? "node A" : "node B";
            assertThat(probe.received.get()).as("events seen on %s", node).isEqualTo(storedEvents);
            assertThat(probe.sequencesSnapshot()).as("per-aggregate sequences seen on %s", node)
                    .containsExactlyInAnyOrderEntriesOf(stored);
        }
        System.out.printf("Two-node proof: %d writers for %.1f s, %d commands acknowledged (%.0f/s), "
                        + "%d concurrency conflicts on %d shared aggregates, %d events in the store, seen once and "
                        + "in order on both nodes%n", writers, writeSeconds, acknowledgedCount,
                acknowledgedCount / writeSeconds, conflictsOnShared.get(), SHARED_CLUSTERS, storedEvents);
    }

    /**
     * A stale version over REST is a 409 problem, also when the newer version was written through the other node:
     * a member is added on node A (through its command gateway), then {@code POST /api/clusters/{id}/members} on
     * node B still names the version before it.
     */
    @Test
    void staleVersionOverRestIsAConflictAcrossNodes() throws Exception {
        CommandGateway gatewayA = nodeA.getBean(CommandGateway.class);
        ClusterId cluster = registerCluster(gatewayA, "rest", ClusterLevel.PROVINCIAL);
        send(gatewayA, SUPERVISOR, addMember(cluster, nextCreditCode()));
        String path = "/api/clusters/" + cluster;
        HttpClient http = HttpClient.newHttpClient();

        // Node B answers once the shared read model shows the change made on A (and the seeded supervisor
        // account has been projected, so that it signs in).
        HttpResponse<String> current = http.send(request(nodeB, path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; attempt < 100 && (current.statusCode() != 200
                || JSON.readTree(current.body()).get("version").asLong() < 1); attempt++) {
            Thread.sleep(100);
            current = http.send(request(nodeB, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(JSON.readTree(current.body()).get("version").asLong()).isEqualTo(1);

        String code = nextCreditCode();
        String stale = """
                {"name":"过期版本企业","kind":"ENTERPRISE","city":"JINAN","chainPosition":"SUPPLIER",
                 "creditCode":"%s","expectedVersion":0}""".formatted(code);
        HttpResponse<String> staleOnB = http.send(request(nodeB, path + "/members")
                .POST(HttpRequest.BodyPublishers.ofString(stale)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staleOnB.statusCode()).as(staleOnB.body()).isEqualTo(409);
        assertThat(JSON.readTree(staleOnB.body()).get("type").asText()).endsWith("/concurrency-conflict");
        assertThat(staleOnB.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(storedMemberCodes().get(cluster.toString())).as("nothing stored for the refused request")
                .doesNotContain(code).hasSize(1);
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
        String basic = Base64.getEncoder().encodeToString("supervisor:demo1234".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort(node) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
    }

    private static Map<String, List<Long>> storedSequences() throws SQLException {
        Map<String, List<Long>> sequences = new HashMap<>();
        try (Connection db = jdbc(jdbcUrl); PreparedStatement select = db.prepareStatement(
                "SELECT aggregateIdentifier, sequenceNumber FROM domainevententry "
                        + "ORDER BY aggregateIdentifier, sequenceNumber")) {
            select.setFetchSize(1_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sequences.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return sequences;
    }

    private static Map<String, List<String>> storedMemberCodes() throws Exception {
        Map<String, List<String>> codes = new HashMap<>();
        try (Connection db = jdbc(jdbcUrl); PreparedStatement select = db.prepareStatement(
                "SELECT aggregateIdentifier, payload FROM domainevententry WHERE payloadType = ?")) {
            select.setString(1, MemberOrganizationAddedEvent.class.getName());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(JSON.readTree(rs.getBytes(2)).get("creditCode").asText());
                }
            }
        }
        return codes;
    }

    /**
     * Registers {@link StoreProbe} on its own pooled streaming processor, named per node, with an in-memory token
     * from the tail of the store: node-local like the live processor, but seeing the whole stream.
     */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> probeOn(String nodeId,
                                                                                       StoreProbe probe) {
        String processorName = StoreProbe.GROUP + "@" + nodeId;
        ConfigurerModule module = configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(processorName, Configuration::eventStore,
                        (config, builder) -> builder
                                .tokenStore(new InMemoryTokenStore())
                                .initialSegmentCount(1)
                                .initialToken(StreamableMessageSource::createTailToken))
                .assignProcessingGroup(StoreProbe.GROUP, processorName)
                .registerEventHandler(config -> probe));
        return context -> ((GenericApplicationContext) context)
                .registerBean("storeProofProbeModule", ConfigurerModule.class, () -> module);
    }

    /** Records, per aggregate, the sequence numbers in the order the processor delivers them. */
    @ProcessingGroup(StoreProbe.GROUP)
    static final class StoreProbe {
        static final String GROUP = "store-proof-probe";

        final AtomicLong received = new AtomicLong();
        private final Map<String, List<Long>> sequences = new ConcurrentHashMap<>();

        @EventHandler
        void on(Object payload, EventMessage<?> message) {
            if (message instanceof DomainEventMessage<?> event) {
                sequences.computeIfAbsent(event.getAggregateIdentifier(),
                        k -> Collections.synchronizedList(new ArrayList<>())).add(event.getSequenceNumber());
            }
            received.incrementAndGet();
        }

        Map<String, List<Long>> sequencesSnapshot() {
            Map<String, List<Long>> copy = new HashMap<>();
            sequences.forEach((aggregate, list) -> {
                synchronized (list) {
                    copy.put(aggregate, List.copyOf(list));
                }
            });
            return copy;
        }
    }
}
