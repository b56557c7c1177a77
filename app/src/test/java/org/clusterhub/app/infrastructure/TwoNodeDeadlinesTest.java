package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterhub.app.infrastructure.DeadlineProbe.ProbeFired;
import org.clusterhub.app.infrastructure.DeadlineProbe.ScheduleProbe;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL database, both polling {@code scheduled_tasks} every 200 ms: deadlines scheduled on
 * either node, all falling due at the same moment, each fire exactly once, on one node or the other. Skipped when
 * no PostgreSQL server is reachable ({@link PostgresSupport#HOW_TO_RUN}).
 */
class TwoNodeDeadlinesTest {

    private static final int DEADLINES = 30;

    static String jdbcUrl;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        PostgresSupport.assumeAvailable();
        jdbcUrl = PostgresSupport.freshDatabase("deadlines");
        nodeA = Nodes.postgres("node-a", jdbcUrl, List.of(), DeadlineProbe.module("node-a"));
        int mongoPort = nodeA.getBean(MongoServer.class).getLocalAddress().getPort();
        nodeB = Nodes.postgres("node-b", jdbcUrl,
                List.of("--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/clusterhub"),
                DeadlineProbe.module("node-b"));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void everyDeadlineFiresExactlyOnceAcrossTwoNodes() {
        // Ten seconds to schedule them all, even on a loaded 2-core machine; then they fall due together.
        Instant fireAt = Instant.now().plusSeconds(10);
        List<String> probes = new ArrayList<>();
        for (int i = 0; i < DEADLINES; i++) {
            String probe = UUID.randomUUID().toString();
            probes.add(probe);
            Nodes.send(i % 2 == 0 ? nodeA : nodeB, Actor.SYSTEM,
                    new ScheduleProbe(probe, fireAt, LocalDate.of(2027, 1, 1).plusDays(i), "probe " + i));
        }
        assertThat(Instant.now()).as("all scheduled before the first falls due").isBefore(fireAt);

        Nodes.await(Duration.ofSeconds(60), "every deadline",
                () -> probes.stream().allMatch(probe -> !Nodes.payloads(nodeA, probe, ProbeFired.class).isEmpty()));
        // Time for a duplicate to show up, if the other node were to run a deadline a second time.
        DeadlineRestartTest.sleep(Nodes.DEADLINE_POLL.multipliedBy(10));

        List<ProbeFired> fired = new ArrayList<>();
        for (int i = 0; i < DEADLINES; i++) {
            List<Object> events = Nodes.payloads(nodeB, probes.get(i), ProbeFired.class);
            assertThat(events).as("deadline %d fired once", i).hasSize(1);
            ProbeFired one = (ProbeFired) events.get(0);
            assertThat(one.dueDate()).isEqualTo(LocalDate.of(2027, 1, 1).plusDays(i));
            fired.add(one);
        }
        Map<String, Long> byNode = fired.stream()
                .collect(Collectors.groupingBy(ProbeFired::node, Collectors.counting()));
        long lateMs = fired.stream().mapToLong(f -> Duration.between(fireAt, f.firedAt()).toMillis()).max()
                .orElseThrow();
        System.out.println("two nodes ran " + DEADLINES + " deadlines due together: " + byNode
                + ", the last " + lateMs + " ms after their time");
        assertThat(byNode.keySet()).isSubsetOf("node-a", "node-b");
        assertThat(fired).allSatisfy(f -> assertThat(f.firedAt()).isAfterOrEqualTo(fireAt));
        assertThat(probes.stream().flatMap(p -> ScheduledDeadlines.of(nodeA, p).stream()).toList()).isEmpty();
    }
}
