package org.clusterhub.bench;

import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One ClusterHub node (a Spring context of {@link BenchApplication}) and the commands the bench sends it. */
final class Node implements AutoCloseable {

    static final Actor BENCH = new Actor("bench", "bench", "Benchmark", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong CODES = new AtomicLong();
    /** From {@code --node-properties}: added to every node this run starts. */
    static volatile List<String> EXTRA_PROPERTIES = List.of();

    final String nodeId;
    final ConfigurableApplicationContext context;
    final CommandGateway commands;

    private Node(String nodeId, ConfigurableApplicationContext context) {
        this.nodeId = nodeId;
        this.context = context;
        this.commands = context.getBean(CommandGateway.class);
    }

    /** Starts a node on the store; {@code mongoUri} null = its own embedded (in-memory) MongoDB-wire server. */
    static Node start(String nodeId, Databases.Store store, String mongoUri, Duration fetchDelay) {
        return start(BenchApplication.class, nodeId, store, mongoUri, fetchDelay);
    }

    /** As {@link #start(String, Databases.Store, String, Duration)}, with another application class. */
    static Node start(Class<?> application, String nodeId, Databases.Store store, String mongoUri,
                      Duration fetchDelay) {
        List<String> args = new ArrayList<>(List.of(
                "--clusterhub.node-id=" + nodeId,
                "--clusterhub.data-dir=" + store.folder().resolve(nodeId),
                "--clusterhub.event-store.fetch-delay=" + fetchDelay.toMillis() + "ms",
                "--spring.datasource.url=" + store.url(),
                "--spring.datasource.username=" + store.user(),
                "--spring.datasource.password=" + store.password()));
        if (mongoUri != null) {
            args.add("--spring.data.mongodb.uri=" + mongoUri);
        }
        EXTRA_PROPERTIES.forEach(property -> args.add("--" + property));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .run(args.toArray(String[]::new));
        return new Node(nodeId, context);
    }

    int embeddedMongoPort() {
        return context.getBean(MongoServer.class).getLocalAddress().getPort();
    }

    void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(BENCH)),
                30, TimeUnit.SECONDS);
    }

    /** Registers {@code count} clusters through commands, with a few threads; answers their ids. */
    List<ClusterId> registerClusters(int count, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ClusterId>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ClusterId id = ClusterId.create();
                    send(new RegisterClusterCommand(id, null, "bench-" + label + "-" + n + "-"
                            + id.value().toString().substring(0, 8), "基准集群 " + label + " " + n, null,
                            ClusterLevel.PROVINCIAL, new PromotionOrganization("基准促进会", null), List.of(City.JINAN),
                            List.of(City.QINGDAO), List.of(), List.of(), List.of(), List.of("基准测试"), List.of()));
                    return id;
                }));
            }
            List<ClusterId> ids = new ArrayList<>();
            for (Future<ClusterId> future : futures) {
                ids.add(future.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    static AddMemberOrganizationCommand addMember(ClusterId cluster, String creditCode) {
        return new AddMemberOrganizationCommand(cluster, "基准企业 " + creditCode, OrganizationKind.ENTERPRISE,
                City.JINAN, ChainPosition.SUPPLIER, creditCode, null);
    }

    /** A valid unified social credit code, new on every call. */
    static String nextCreditCode() {
        long n = CODES.incrementAndGet();
        char[] nine = new char[9];
        for (int i = 8; i >= 0; i--) {
            nine[i] = ALPHABET.charAt((int) (n % ALPHABET.length()));
            n /= ALPHABET.length();
        }
        String first17 = "91370100" + new String(nine);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** Events between the head of the store and the slowest segment of a streaming processor (-1 if unknown). */
    long processorLag(String processorName) {
        TrackingToken head = context.getBean(EventStore.class).createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processorName, StreamingEventProcessor.class)
                .map(processor -> {
                    long slowest = Long.MAX_VALUE;
                    for (EventTrackerStatus status : processor.processingStatus().values()) {
                        slowest = Math.min(slowest, status.getCurrentPosition().orElse(0));
                    }
                    return slowest == Long.MAX_VALUE ? -1 : Math.max(0, headPosition - slowest);
                })
                .orElse(-1L);
    }

    @Override
    public void close() {
        context.close();
    }
}
