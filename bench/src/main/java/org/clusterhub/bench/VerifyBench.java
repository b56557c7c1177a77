package org.clusterhub.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.clusterhub.cluster.api.OrganizationId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.infrastructure.integrity.EventHashChain;
import org.clusterhub.infrastructure.integrity.HashChainVerifier;
import org.clusterhub.shared.City;
import org.clusterhub.supervision.api.HistoryVerification;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * g) Verifying the hash chain of the whole store (issue 7: >= 100,000 events/s over 1,000,000 events). The store
 * (Axon's JdbcEventStorageEngine, the app's schema) is filled with {@code --verify-events} events in aggregates of
 * 50, appended through an event store carrying the app's {@link EventHashChain} interceptor, so every event is
 * chained exactly as in production; then {@link HashChainVerifier#verifyStore} (what the integrity screen runs,
 * with its progress callback) checks all of them: events per second, and no finding expected.
 */
final class VerifyBench {

    static final double TARGET_EVENTS_PER_SECOND = 100_000;
    private static final int EVENTS_PER_AGGREGATE = 50;
    private static final int AGGREGATES_PER_APPEND = 20;

    record Result(String store, long events, double fillSeconds, List<Double> runs, long progressCalls,
                  int findings, String loadBefore, String loadAfter) {
    }

    static Result run(Databases databases, String kind, String[] args) {
        long events = Long.parseLong(ReplayBench.option(args, "verify-events", "1000000").replace("_", ""));
        int runs = Integer.parseInt(ReplayBench.option(args, "verify-runs", "3"));
        Databases.Store store = databases.fresh(kind, "verify");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(store.url());
        config.setUsername(store.user());
        config.setPassword(store.password());
        config.setMaximumPoolSize(4);
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
            eventStore.registerDispatchInterceptor(new EventHashChain(serializer, engine));
            try {
                long fillStart = System.nanoTime();
                fill(eventStore, events);
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                System.out.printf(Locale.ROOT, "  %s: %,d hash-chained events stored in %.1f s; verifying...%n",
                        kind, events, fillSeconds);
                HashChainVerifier verifier = new HashChainVerifier(dataSource,
                        SimpleQueryUpdateEmitter.builder().build());
                String loadBefore = Machine.loadAverage();
                List<Double> rates = new ArrayList<>();
                AtomicLong progressCalls = new AtomicLong();
                int findings = 0;
                for (int run = 0; run < runs; run++) {
                    progressCalls.set(0);
                    HistoryVerification result = verifier.verifyStore(done -> progressCalls.incrementAndGet());
                    if (result.eventsChecked() != events) {
                        throw new IllegalStateException("verified " + result.eventsChecked() + " of " + events);
                    }
                    findings = result.findings().size();
                    double rate = result.eventsChecked() / Math.max(0.001, result.millis() / 1000.0);
                    rates.add(rate);
                    System.out.printf(Locale.ROOT, "  %s: run %d: %,d events in %,d ms = %,.0f events/s, "
                            + "%d findings%n", kind, run + 1, result.eventsChecked(), result.millis(), rate, findings);
                }
                return new Result(kind, events, fillSeconds, rates, progressCalls.get(), findings, loadBefore,
                        Machine.loadAverage());
            } finally {
                eventStore.shutDown();
            }
        }
    }

    private static void fill(EmbeddedEventStore eventStore, long target) {
        Map<String, String> values = new HashMap<>();
        values.put("userId", "bench");
        values.put("username", "staff01");
        values.put("displayName", "青岛市轨道交通装备产业协会 工作人员");
        values.put("role", "PROMOTION_STAFF");
        values.put("organization", "青岛市轨道交通装备产业协会");
        values.put("city", "QINGDAO");
        values.put("correlationId", UUID.randomUUID().toString());
        MetaData metaData = MetaData.from(values);
        long stored = 0;
        long n = 0;
        while (stored < target) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int a = 0; a < AGGREGATES_PER_APPEND && stored + batch.size() < target; a++) {
                ClusterId cluster = ClusterId.create();
                for (int seq = 0; seq < EVENTS_PER_AGGREGATE && stored + batch.size() < target; seq++) {
                    String code = "91370200" + String.format("%09d", ++n % 1_000_000_000L) + "X";
                    batch.add(new GenericDomainEventMessage<>("Cluster", cluster.toString(), seq,
                            new MemberOrganizationAddedEvent(cluster, OrganizationId.forCreditCode(code),
                                    "山东某装备制造有限公司 " + n, OrganizationKind.ENTERPRISE, City.QINGDAO,
                                    ChainPosition.SUPPLIER, code), metaData));
                }
            }
            eventStore.publish(batch);
            stored += batch.size();
            if (stored % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "    %,d events stored%n", stored);
            }
        }
    }

    static String section(Result r) {
        List<Double> sorted = new ArrayList<>(r.runs());
        sorted.sort(Double::compare);
        double median = sorted.get(sorted.size() / 2);
        StringBuilder md = new StringBuilder();
        md.append("\n## g) Hash-chain verification of the whole store (").append(r.store()).append(")\n\n");
        md.append(Stats.count(r.events())).append(" hash-chained events (aggregates of 50, filled in ")
                .append(String.format(Locale.ROOT, "%.1f s", r.fillSeconds()))
                .append("), verified with `HashChainVerifier.verifyStore` ").append(r.runs().size())
                .append(" times; load average before / after: ").append(r.loadBefore()).append(" / ")
                .append(r.loadAfter()).append(".\n\n");
        md.append("| runs (events/s) | median events/s | progress reports per run | findings | target | |\n")
                .append("|---|---|---|---|---|---|\n");
        md.append("| ").append(String.join(", ", r.runs().stream().map(Stats::count).toList())).append(" | ")
                .append(Stats.count(median)).append(" | ").append(r.progressCalls()).append(" | ")
                .append(r.findings()).append(" | >= 100,000 events/s | ")
                .append(median >= TARGET_EVENTS_PER_SECOND ? "met" : "missed").append(" |\n");
        return md.toString();
    }
}
