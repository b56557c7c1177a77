package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.clusterhub.app.ClusterHubApplication;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.app.browser.BrowserSupport.LiveMemberScenario;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.LiveFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two ClusterHub nodes in this JVM sharing one fresh PostgreSQL event store and one MongoDB (node A's embedded
 * server, which node B reaches by URI): the Qingdao coordinator works on node A, the rail cluster's promotion staff
 * on node B, and B sees A's new member organization within a second, with the notice and the history.
 */
class LiveUpdateTwoNodesTest {

    static final Duration LIMIT = Duration.ofMillis(1000);
    static final String CLUSTER = ClusterId.forPlanCode("qingdao-rail-transit-equipment").toString();

    private static String database;
    private static ConfigurableApplicationContext nodeA;
    private static CompletableFuture<ConfigurableApplicationContext> nodeB;
    private static final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        BrowserSupport.assumeChromium();
        database = PostgresSupport.freshDatabase("browser_two_nodes");
        relaxDurability(database);
        List<String> shared = List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresSupport.user(),
                "--spring.datasource.password=" + PostgresSupport.password(),
                "--spring.datasource.hikari.maximum-pool-size=5");
        // Node A: seeds the plan and the accounts, and serves the shared MongoDB on a free port.
        nodeA = start(shared, "--clusterhub.node-id=browser-node-a", "--clusterhub.embedded-mongo.port=0",
                "--clusterhub.embedded-mongo.persistent=false");
        int mongoPort = nodeA.getBean(MongoServer.class).getLocalAddress().getPort();
        // Node B: the same stores, nothing to seed. It starts while browser A signs in on node A.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        nodeB = CompletableFuture.supplyAsync(() -> start(shared, "--clusterhub.node-id=browser-node-b",
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/clusterhub",
                "--clusterhub.seed.plan=false", "--clusterhub.seed.demo-accounts=false"), task -> {
            Thread thread = new Thread(task, "start-node-b");
            thread.setContextClassLoader(loader);
            thread.start();
        });
    }

    /** A throw-away database need not wait for the disk on each commit: seeding node A gets several times faster. */
    private static void relaxDurability(String jdbcUrl) {
        admin("ALTER DATABASE " + name(jdbcUrl) + " SET synchronous_commit TO off");
    }

    private static String name(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(PostgresSupport.adminUrl(), PostgresSupport.user(),
                PostgresSupport.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    private static ConfigurableApplicationContext start(List<String> shared, String... own) {
        List<String> args = new ArrayList<>(shared);
        args.addAll(List.of(own));
        return new SpringApplicationBuilder(ClusterHubApplication.class)
                .profiles("demo", "test")
                .run(args.toArray(String[]::new));
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @AfterAll
    static void stopAll() {
        browsers.forEach(Browser::close);
        browsers.clear();
        // B first: it is a client of A's MongoDB server.
        if (nodeB != null) {
            try {
                nodeB.join().close();
            } catch (RuntimeException failedToStart) {
                // reported by the test
            }
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + name(database) + " WITH (FORCE)");
        }
    }

    @Test
    void memberAddedOnNodeAAppearsLiveOnNodeB() {
        Browser a = BrowserSupport.open("live-2nodes-A", url(nodeA));
        browsers.add(a);
        LiveMemberScenario scenario = new LiveMemberScenario(a, CLUSTER, "青岛轨道交通装备产业集群", "青岛市", "370200")
                .openForA("coord-qingdao");

        ConfigurableApplicationContext b = nodeB.join();
        assertThat(url(b)).isNotEqualTo(url(nodeA));
        Browser browserB = BrowserSupport.open("live-2nodes-B", url(b));
        browsers.add(browserB);
        long latency = scenario.observing(b.getBean(LiveFeed.class))
                .run(browserB, "staff01", "青岛市 协调员", "青岛市工业和信息化局", LIMIT);
        System.out.printf("LIVE UPDATE two nodes: %d ms from A's save click on node A to B's member grid on node B"
                + " (limit %d ms)%n", latency, LIMIT.toMillis());
    }
}
