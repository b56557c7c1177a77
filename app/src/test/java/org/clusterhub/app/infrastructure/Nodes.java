package org.clusterhub.app.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.ClusterHubApplication;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole ClusterHub nodes for the infrastructure tests, started by hand so that a test can stop one and start it again
 * on the same data folder, or run two on one PostgreSQL database. Without the plan and demo accounts (these tests
 * need neither, and a node starts faster), and with a short deadline poll.
 */
final class Nodes {

    static final Duration DEADLINE_POLL = Duration.ofMillis(200);

    private Nodes() {
    }

    /** A node with its own H2 event store and an in-memory embedded MongoDB under {@code dataDir}. */
    @SafeVarargs
    static ConfigurableApplicationContext embedded(Path dataDir, List<String> extraArgs,
                                                   ApplicationContextInitializer<?>... initializers) {
        List<String> args = new ArrayList<>(List.of("--clusterhub.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/eventstore;DB_CLOSE_ON_EXIT=FALSE"));
        args.addAll(extraArgs);
        return start(args, initializers);
    }

    /** A node on a PostgreSQL database; give the second node the first one's MongoDB by URI. */
    @SafeVarargs
    static ConfigurableApplicationContext postgres(String nodeId, String jdbcUrl, List<String> extraArgs,
                                                   ApplicationContextInitializer<?>... initializers) {
        List<String> args = new ArrayList<>(List.of(
                "--clusterhub.node-id=" + nodeId,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + PostgresSupport.user(),
                "--spring.datasource.password=" + PostgresSupport.password(),
                "--spring.datasource.hikari.maximum-pool-size=6"));
        args.addAll(extraArgs);
        return start(args, initializers);
    }

    @SafeVarargs
    private static ConfigurableApplicationContext start(List<String> extraArgs,
                                                        ApplicationContextInitializer<?>... initializers) {
        // Arguments, not default properties: they must override application.yml and application-test.yml.
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--clusterhub.embedded-mongo.port=0",
                "--clusterhub.seed.plan=false",
                "--clusterhub.seed.demo-accounts=false",
                "--clusterhub.deadlines.polling-interval=" + DEADLINE_POLL.toMillis() + "ms"));
        args.addAll(extraArgs);
        return new SpringApplicationBuilder(ClusterHubApplication.class)
                .profiles("demo", "test")
                .initializers(initializers)
                .run(args.toArray(String[]::new));
    }

    static <R> R send(ConfigurableApplicationContext node, Actor actor, Object command) {
        return node.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    /** The events of one aggregate, oldest first, from the first one (not from a snapshot). */
    static List<DomainEventMessage<?>> events(ConfigurableApplicationContext node, String aggregateId) {
        return node.getBean(EventStore.class).readEvents(aggregateId, 0L).asStream().collect(Collectors.toList());
    }

    static List<Object> payloads(ConfigurableApplicationContext node, String aggregateId, Class<?> type) {
        return events(node, aggregateId).stream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).collect(Collectors.toList());
    }

    /** Waits until {@code condition} holds, polling every 25 ms; fails after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
