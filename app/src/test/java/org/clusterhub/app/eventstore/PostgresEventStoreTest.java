package org.clusterhub.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.SUPERVISOR;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.addMember;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.jdbc;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.nextCreditCode;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.registerCluster;
import static org.clusterhub.app.eventstore.EventStoreTestSupport.send;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.CompetitionOutcome;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.RecordNationalCompetitionApplicationCommand;
import org.clusterhub.cluster.api.RecordNationalCompetitionResultCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole ClusterHub node with its event store in PostgreSQL (a fresh database per run) and its read models in the
 * embedded MongoDB-wire server: the production store, checked row by row. Skipped when no PostgreSQL server is
 * reachable ({@link PostgresSupport#HOW_TO_RUN}).
 */
class PostgresEventStoreTest {

    private static String jdbcUrl;
    private static ConfigurableApplicationContext node;
    private static CommandGateway commands;
    private static QueryGateway queries;

    @BeforeAll
    static void startNodeOnPostgres() {
        PostgresSupport.assumeAvailable();
        jdbcUrl = PostgresSupport.freshDatabase("eventstore");
        node = EventStoreTestSupport.startNode("pg-node", jdbcUrl, List.of());
        commands = node.getBean(CommandGateway.class);
        queries = node.getBean(QueryGateway.class);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
        EventStoreTestSupport.dropDatabase(jdbcUrl);
    }

    @Test
    void flywayCreatedTheAxonSchemaInPostgreSql() throws Exception {
        try (Connection connection = node.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getURL()).isEqualTo(jdbcUrl);
        }
        try (Connection db = jdbc(jdbcUrl); Statement sql = db.createStatement()) {
            try (ResultSet history = sql.executeQuery(
                    "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                assertThat(history.next()).as("a Flyway migration ran").isTrue();
                assertThat(history.getString("version")).isEqualTo("1");
                assertThat(history.getBoolean("success")).isTrue();
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("domainevententry", "snapshotevententry", "tokenentry", "sagaentry",
                    "associationvalueentry");
            try (ResultSet rs = sql.executeQuery("SELECT data_type FROM information_schema.columns "
                    + "WHERE table_name = 'domainevententry' AND column_name = 'payload'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("bytea");
            }
            // The seed ran through commands into this database: the plan's clusters are rows here, not in H2.
            try (ResultSet rs = sql.executeQuery(
                    "SELECT count(*) FROM domainevententry WHERE payloadType LIKE '%ClusterRegisteredEvent'")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(20);
            }
        }
    }

    @Test
    void commandsBecomeRowsInPostgreSqlAndAreProjectedIntoMongo() throws Exception {
        ClusterId cluster = registerCluster(commands, "rows", ClusterLevel.PROVINCIAL);
        String code = nextCreditCode();
        send(commands, SUPERVISOR, addMember(cluster, code));

        List<StoredRow> rows = rowsOf(cluster);
        assertThat(rows).extracting(StoredRow::sequenceNumber).containsExactly(0L, 1L);
        assertThat(rows).extracting(StoredRow::type).containsOnly("Cluster");
        assertThat(rows.get(0).payloadType()).endsWith(".ClusterRegisteredEvent");
        assertThat(rows.get(1).payloadType()).endsWith(".MemberOrganizationAddedEvent");
        assertThat(rows.get(1).payload()).contains("\"creditCode\":\"" + code + "\"");
        assertThat(rows.get(1).metaData()).contains("\"username\":\"eventstore-test\"").contains("correlationId");
        assertThat(rows.get(1).globalIndex()).isGreaterThan(rows.get(0).globalIndex());

        Optional<ClusterDetails> projected = queries.query(new FindClusterQuery(cluster, 1),
                ResponseTypes.optionalInstanceOf(ClusterDetails.class)).get(10, TimeUnit.SECONDS);
        assertThat(projected).hasValueSatisfying(details -> {
            assertThat(details.version()).isEqualTo(1);
            assertThat(details.members()).singleElement().satisfies(m -> assertThat(m.creditCode()).isEqualTo(code));
        });
    }

    @Test
    void duplicateAggregateSequenceIsAConcurrencyExceptionNotAPlainStoreError() throws Exception {
        ClusterId cluster = registerCluster(commands, "dup", ClusterLevel.PROVINCIAL);
        send(commands, SUPERVISOR, addMember(cluster, nextCreditCode()));
        EventStorageEngine engine = node.getBean(EventStorageEngine.class);

        // Straight at the storage engine, as a second node that decided on the same version would append.
        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("Cluster", cluster.toString(), 1,
                new ConcurrentWriterEvent("second writer of sequence 1"))))
                .isExactlyInstanceOf(ConcurrencyException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23505"));
        // A clash on sequence 0 is a stream creation conflict: Axon's other type, which ClusterHub also maps to 409.
        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("Cluster", cluster.toString(), 0,
                new ConcurrentWriterEvent("second creator"))))
                .isExactlyInstanceOf(AggregateStreamCreationException.class);

        assertThat(rowsOf(cluster)).extracting(StoredRow::sequenceNumber).containsExactly(0L, 1L);
        assertThat(rowsOf(cluster)).extracting(StoredRow::payloadType)
                .noneMatch(type -> type.endsWith("ConcurrentWriterEvent"));
    }

    /**
     * Winning the national competition as a provincial cluster applies two events (result at n, level change at
     * n+1), appended in one batch within the command's transaction. To make exactly the second append fail, a
     * handler interceptor inserts a row at n+1 for that aggregate through its own autocommit connection, after the
     * handler has decided (events staged in the unit of work) and before the unit of work commits: the position a
     * concurrent writer on another node would take. The command must then fail as a concurrency conflict with
     * neither event stored; with the intruder removed, the same command stores both.
     */
    @Test
    void aCommandThatAppliesTwoEventsStoresBothOrNone() throws Exception {
        ClusterId cluster = registerCluster(commands, "atomic", ClusterLevel.PROVINCIAL);
        send(commands, SUPERVISOR, new RecordNationalCompetitionApplicationCommand(cluster, 2025, "申报第三轮", null));
        long resultSequence = 2;
        long levelChangeSequence = 3;

        AtomicInteger intrusions = new AtomicInteger();
        MessageHandlerInterceptor<CommandMessage<?>> concurrentWriter = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getPayload() instanceof RecordNationalCompetitionResultCommand c
                    && c.clusterId().equals(cluster)) {
                insertIntruder(cluster, levelChangeSequence);
                intrusions.incrementAndGet();
            }
            return result;
        };
        Registration registration = node.getBean(CommandBus.class).registerHandlerInterceptor(concurrentWriter);
        try {
            assertThatThrownBy(() -> send(commands, SUPERVISOR,
                    new RecordNationalCompetitionResultCommand(cluster, CompetitionOutcome.WON, "入选", null)))
                    .isInstanceOf(ConcurrencyException.class);
        } finally {
            registration.cancel();
        }
        assertThat(intrusions).hasValue(1);
        List<StoredRow> afterConflict = rowsOf(cluster);
        assertThat(afterConflict).extracting(StoredRow::sequenceNumber).containsExactly(0L, 1L, levelChangeSequence);
        assertThat(afterConflict).extracting(StoredRow::payloadType)
                .noneMatch(type -> type.endsWith(".NationalCompetitionResultRecordedEvent"))
                .noneMatch(type -> type.endsWith(".ClusterLevelChangedEvent"));

        // The other writer's row goes away (as if never written); the same command now stores both of its events.
        try (Connection db = jdbc(jdbcUrl); PreparedStatement delete = db.prepareStatement(
                "DELETE FROM domainevententry WHERE aggregateIdentifier = ? AND payloadType = ?")) {
            delete.setString(1, cluster.toString());
            delete.setString(2, ConcurrentWriterEvent.class.getName());
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
        send(commands, SUPERVISOR, new RecordNationalCompetitionResultCommand(cluster, CompetitionOutcome.WON, "入选", null));
        List<StoredRow> rows = rowsOf(cluster);
        assertThat(rows).extracting(StoredRow::sequenceNumber).containsExactly(0L, 1L, resultSequence,
                levelChangeSequence);
        assertThat(rows.get(2).payloadType()).endsWith(".NationalCompetitionResultRecordedEvent");
        assertThat(rows.get(3).payloadType()).endsWith(".ClusterLevelChangedEvent");

        Optional<ClusterDetails> projected = queries.query(new FindClusterQuery(cluster, levelChangeSequence),
                ResponseTypes.optionalInstanceOf(ClusterDetails.class)).get(10, TimeUnit.SECONDS);
        assertThat(projected).hasValueSatisfying(details -> {
            assertThat(details.version()).isEqualTo(levelChangeSequence);
            assertThat(details.level()).isEqualTo(ClusterLevel.NATIONAL);
        });
    }

    /** What another writer appends in the tests: a type no projection handles. */
    public record ConcurrentWriterEvent(String note) {
    }

    private static void insertIntruder(ClusterId cluster, long sequence) {
        try (Connection db = jdbc(jdbcUrl)) {
            try (Statement guard = db.createStatement()) {
                // Never wait on the command's own transaction (that would hang this very thread).
                guard.execute("SET lock_timeout = '5s'");
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO domainevententry "
                    + "(aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload, payloadType, "
                    + "timestamp) VALUES (?, ?, 'Cluster', ?, ?, ?, ?, ?)")) {
                insert.setString(1, cluster.toString());
                insert.setLong(2, sequence);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
                insert.setBytes(5, "{\"note\":\"concurrent writer\"}".getBytes(StandardCharsets.UTF_8));
                insert.setString(6, ConcurrentWriterEvent.class.getName());
                insert.setString(7, Instant.now().toString());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the conflicting row", e);
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    record StoredRow(long globalIndex, long sequenceNumber, String type, String payloadType, String payload,
                     String metaData) {
    }

    private static List<StoredRow> rowsOf(ClusterId cluster) throws SQLException {
        List<StoredRow> rows = new ArrayList<>();
        try (Connection db = jdbc(jdbcUrl); PreparedStatement select = db.prepareStatement(
                "SELECT globalIndex, sequenceNumber, type, payloadType, payload, metaData FROM domainevententry "
                        + "WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            select.setString(1, cluster.toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byte[] metaData = rs.getBytes(6);
                    rows.add(new StoredRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            new String(rs.getBytes(5), StandardCharsets.UTF_8),
                            metaData == null ? "" : new String(metaData, StandardCharsets.UTF_8)));
                }
            }
        }
        return rows;
    }
}
