package org.clusterhub.app.eventstore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clusterhub.app.ClusterHubApplication;
import org.clusterhub.app.support.PostgresSupport;
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
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting whole ClusterHub nodes on a PostgreSQL event store, and what the event-store tests send them. */
final class EventStoreTestSupport {

    static final Actor SUPERVISOR = new Actor("eventstore-test", "eventstore-test", "Event store test",
            Role.SUPERVISOR, Set.of(), City.JINAN, "山东省工业和信息化厅");

    /** GB 32100-2015 alphabet, in value order. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private EventStoreTestSupport() {
    }

    /**
     * Starts one node (web port 0, profiles demo + test) on the given PostgreSQL database. The per-node settings go
     * in as command-line arguments: {@code SpringApplicationBuilder.properties(..)} only sets default properties,
     * which {@code application-test.yml} (its H2 {@code spring.datasource.url}) would override.
     */
    @SafeVarargs
    static ConfigurableApplicationContext startNode(String nodeId, String jdbcUrl, List<String> extraArgs,
                                                    ApplicationContextInitializer<?>... initializers) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--clusterhub.node-id=" + nodeId,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + PostgresSupport.user(),
                "--spring.datasource.password=" + PostgresSupport.password(),
                "--spring.datasource.hikari.maximum-pool-size=8"));
        args.addAll(extraArgs);
        return new SpringApplicationBuilder(ClusterHubApplication.class)
                .profiles("demo", "test")
                .initializers(initializers)
                .run(args.toArray(String[]::new));
    }

    static int webPort(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /** Drops a database made by {@link PostgresSupport#freshDatabase(String)} once its nodes are closed. */
    static void dropDatabase(String jdbcUrl) {
        if (jdbcUrl == null) {
            return;
        }
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(PostgresSupport.adminUrl(), PostgresSupport.user(),
                PostgresSupport.password()); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    static Connection jdbc(String url) throws SQLException {
        return DriverManager.getConnection(url, PostgresSupport.user(), PostgresSupport.password());
    }

    static void send(CommandGateway commands, Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
    }

    static ClusterId registerCluster(CommandGateway commands, String label, ClusterLevel level) {
        ClusterId id = ClusterId.create();
        String suffix = id.value().toString().substring(0, 8);
        send(commands, SUPERVISOR, new RegisterClusterCommand(id, null, "test-" + label + "-" + suffix,
                "测试集群 " + label + " " + suffix, null, level, new PromotionOrganization("测试促进会", null),
                List.of(City.JINAN), List.of(), List.of(), List.of(), List.of(), List.of("测试"), List.of()));
        return id;
    }

    static AddMemberOrganizationCommand addMember(ClusterId clusterId, String creditCode) {
        return new AddMemberOrganizationCommand(clusterId, "测试企业 " + creditCode, OrganizationKind.ENTERPRISE,
                City.JINAN, ChainPosition.SUPPLIER, creditCode, null);
    }

    /** A valid unified social credit code, different on every call (also across nodes of this JVM). */
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
}
