package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectSubmittedEvent;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The project snapshot trigger end to end: after more than 50 events a snapshot row is written; after a restart the
 * aggregate is loaded from it (the events before it are not read again) and still decides as before.
 */
class ProjectSnapshotTest {

    @TempDir
    Path dataDir;

    @Test
    void aProjectWithManyEventsIsSnapshottedAndLoadedFromTheSnapshotAfterARestart() {
        ProjectId id;
        long snapshotSequence;
        try (ConfigurableApplicationContext first = Nodes.embedded(dataDir, List.of())) {
            id = Projects.completeDraft(first);
            for (int i = 0; i < 55; i++) {
                ProjectSection section = i % 2 == 0 ? ProjectSection.AIMS : ProjectSection.CONTENT;
                Nodes.send(first, Actor.SYSTEM, new ReviseProjectSectionCommand(id, section, "第 " + i + " 稿", null));
            }
            JdbcTemplate sql = first.getBean(JdbcTemplate.class);
            Nodes.await(Duration.ofSeconds(10), "a snapshot", () -> snapshots(sql, id) > 0);
            snapshotSequence = sql.queryForObject(
                    "SELECT MAX(sequenceNumber) FROM snapshotevententry WHERE aggregateIdentifier = ?", Long.class,
                    id.toString());
            // Sequence numbers start at 0: a snapshot at 49 or later covers at least 50 events.
            assertThat(snapshotSequence).isGreaterThanOrEqualTo(49);
            // The history still starts at the draft: it reads events, never the snapshot.
            AggregateHistory history = first.getBean(QueryGateway.class).query(
                    new FindAggregateHistoryQuery(id.toString()), AggregateHistory.class).join();
            assertThat(history.entries().get(0).sequenceNumber()).isZero();
            assertThat(history.entries().get(0).eventType()).isEqualTo("ProjectDraftedEvent");
            assertThat(history.entries()).hasSize(Nodes.events(first, id.toString()).size());
        }

        try (ConfigurableApplicationContext second = Nodes.embedded(dataDir, List.of())) {
            DomainEventMessage<?> first = second.getBean(EventStore.class).readEvents(id.toString()).next();
            assertThat(first.getSequenceNumber()).isEqualTo(snapshotSequence);
            assertThat(first.getPayloadType().getSimpleName()).isEqualTo("Project");

            // Loading must not need the events before the snapshot: make the first one unreadable.
            JdbcTemplate sql = second.getBean(JdbcTemplate.class);
            assertThat(sql.update("UPDATE domainevententry SET payload = ? WHERE aggregateIdentifier = ? "
                    + "AND sequenceNumber = 0", new byte[] {0x00, 0x01}, id.toString())).isEqualTo(1);

            // State restored from the snapshot: the budget line exists, aims, content, milestones and KPIs are there.
            assertThatThrownBy(() -> Nodes.send(second, Actor.SYSTEM, new AddBudgetLineCommand(id, "line-1", "重复",
                    FundingSource.OWN_FUNDS, BigDecimal.TEN)))
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            violation -> assertThat(violation.messageKey()).isEqualTo("project.error.duplicateId"));
            Nodes.send(second, Actor.SYSTEM, new SubmitProjectCommand(id, null));
            assertThat(Nodes.events(second, id.toString()).stream().skip(1).map(DomainEventMessage::getPayload)
                    .filter(ProjectSubmittedEvent.class::isInstance)).hasSize(1);
        }
    }

    /**
     * Many people editing one project while it is snapshotted: the commands waiting for the aggregate's lock each
     * hold a pool connection, so a snapshot taken in the command's thread (Axon's default) would wait for one too,
     * and everything would stall until the pool's timeout.
     */
    @Test
    void snapshotsDoNotStallConcurrentEditorsWhenThePoolIsBusy() throws Exception {
        try (ConfigurableApplicationContext node = Nodes.embedded(dataDir, List.of(
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.hikari.connection-timeout=5000",
                "--clusterhub.snapshots.project-threshold=5"))) {
            ProjectId id = Projects.completeDraft(node);
            int editors = 12;
            int editsEach = 5;
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int e = 0; e < editors; e++) {
                int editor = e;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < editsEach; i++) {
                        Nodes.send(node, Actor.SYSTEM, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT,
                                "编辑 " + editor + " 第 " + i + " 稿", null));
                    }
                    return null;
                }));
            }
            for (Future<?> edit : done) {
                edit.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            JdbcTemplate sql = node.getBean(JdbcTemplate.class);
            Nodes.await(Duration.ofSeconds(10), "a snapshot", () -> snapshots(sql, id) > 0);
            assertThat(Nodes.payloads(node, id.toString(), ProjectSectionRevisedEvent.class).stream()
                    .map(event -> ((ProjectSectionRevisedEvent) event).text())
                    .filter(text -> text.startsWith("编辑"))).hasSize(editors * editsEach);
        }
    }

    private static long snapshots(JdbcTemplate sql, ProjectId id) {
        Long count = sql.queryForObject("SELECT COUNT(*) FROM snapshotevententry WHERE aggregateIdentifier = ?",
                Long.class, id.toString());
        return count == null ? 0 : count;
    }
}
