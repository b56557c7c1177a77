package org.clusterhub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.infrastructure.readmodel.ReadModelRebuilder;
import org.clusterhub.operations.api.FindReadModelRebuildsQuery;
import org.clusterhub.operations.api.FindReadModelsQuery;
import org.clusterhub.operations.api.ReadModelOverview;
import org.clusterhub.operations.api.ReadModelRebuildPage;
import org.clusterhub.operations.api.ReadModelRebuildView;
import org.clusterhub.operations.api.RebuildProgress;
import org.clusterhub.operations.api.RebuildStatus;
import org.clusterhub.operations.api.StartReadModelRebuildCommand;
import org.clusterhub.project.api.FindProjectsQuery;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;

/**
 * e) Rebuilding a read model (ADR 019): the store is filled with {@code projects} projects of 50 events (as in part d),
 * the project projections catch up, and then the {@code project-catalog} read model is rebuilt through its command
 * while the library's first page is asked for all along: events/s (whole run and reading phase), the time the live
 * processor stood paused for the switch, the progress updates the screen got (with their ETA), and whether any read
 * during the rebuild came back with fewer projects than before.
 */
final class RebuildBench {

    static final double TARGET_EVENTS_PER_SECOND = 20_000;
    static final String PROCESSOR = "project-catalog";

    record Result(String store, int projects, long storeEvents, ReadModelRebuilder.Timings timings,
                  ReadModelRebuildView run, int progressUpdates, long firstEtaSeconds, long reads, long shortReads,
                  Stats readLatency, long projectsListed) {
    }

    private RebuildBench() {
    }

    static Result run(Databases databases, String storeKind, int projects) throws Exception {
        Databases.Store store = databases.fresh(storeKind, "rebuild");
        try (Node node = Node.start("rebuild", store, null, Duration.ofMillis(100))) {
            EventStore events = node.context.getBean(EventStore.class);
            QueryGateway queries = node.context.getBean(QueryGateway.class);
            List<ClusterId> clusters = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                clusters.add(ClusterId.forPlanCode("bench-rebuild-" + i));
            }
            long appended = 0;
            for (int i = 0; i < projects; i++) {
                ProjectId id = ProjectId.create();
                ClusterId cluster = clusters.get(i % clusters.size());
                List<Object> history = ProjectBench.history(id, cluster, i);
                MetaData meta = ActorMetaData.of(ProjectBench.staff(cluster))
                        .and("correlationId", UUID.randomUUID().toString());
                List<DomainEventMessage<?>> batch = new ArrayList<>(history.size());
                for (int seq = 0; seq < history.size(); seq++) {
                    batch.add(new GenericDomainEventMessage<>("Project", id.toString(), seq, history.get(seq), meta));
                }
                events.publish(batch);
                appended += batch.size();
                if (i % 1000 == 999) {
                    System.out.printf("  appended %,d projects (%,d events)%n", i + 1, appended);
                }
            }
            while (node.processorLag(PROCESSOR) != 0) {
                Thread.sleep(500);
            }
            ProjectScope everything = ProjectScope.of(ProjectBench.supervisor());
            ProjectFilter all = new ProjectFilter(null, null, null, null, null, null, null, null, false, null);
            long listed = library(queries, everything, all).totals().count();
            System.out.printf("  projections caught up: %,d projects listed; rebuilding %s%n", listed, PROCESSOR);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong reads = new AtomicLong();
            AtomicLong shortReads = new AtomicLong();
            Stats latency = new Stats();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        long t = System.nanoTime();
                        long total = library(queries, everything, all).totals().count();
                        synchronized (latency) {
                            latency.add(System.nanoTime() - t);
                        }
                        reads.incrementAndGet();
                        if (total < listed) {
                            shortReads.incrementAndGet();
                        }
                        Thread.sleep(20);
                    } catch (Exception e) {
                        shortReads.incrementAndGet();
                    }
                }
            }, "bench-library-reader");
            reader.start();

            StartReadModelRebuildCommand start = StartReadModelRebuildCommand.of(PROCESSOR);
            node.send(start);
            int updates = 0;
            long firstEta = -1;
            ReadModelRebuildView run = null;
            long lastPrint = System.nanoTime();
            while (run == null || run.status() == RebuildStatus.RUNNING) {
                Thread.sleep(250);
                ReadModelOverview overview = queries.query(new FindReadModelsQuery(),
                        ResponseTypes.instanceOf(ReadModelOverview.class)).get(30, TimeUnit.SECONDS);
                RebuildProgress progress = overview.readModels().stream()
                        .filter(s -> s.processor().equals(PROCESSOR) && s.rebuild() != null)
                        .map(s -> s.rebuild()).findFirst().orElse(null);
                if (progress != null) {
                    updates++;
                    if (firstEta < 0 && progress.etaSeconds() >= 0) {
                        firstEta = progress.etaSeconds();
                    }
                    if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                        lastPrint = System.nanoTime();
                        System.out.printf(Locale.ROOT, "  %s %,d / %,d events, %,.0f events/s, ETA %d s%n",
                                progress.phase(), progress.eventsDone(), progress.eventsTotal(),
                                progress.eventsPerSecond(), progress.etaSeconds());
                    }
                }
                ReadModelRebuildPage page = queries.query(new FindReadModelRebuildsQuery(PROCESSOR, 0, 10),
                        ResponseTypes.instanceOf(ReadModelRebuildPage.class)).get(30, TimeUnit.SECONDS);
                run = page.items().stream().filter(r -> r.runId().equals(start.runId())).findFirst().orElse(null);
            }
            Thread.sleep(500);
            stop.set(true);
            reader.join(30_000);
            ReadModelRebuilder.Timings timings = node.context.getBean(ReadModelRebuilder.class).lastRun(PROCESSOR)
                    .orElse(null);
            return new Result(storeKind, projects, appended, timings, run, updates, firstEta, reads.get(),
                    shortReads.get(), latency, listed);
        } finally {
            databases.close();
        }
    }

    private static ProjectPage library(QueryGateway queries, ProjectScope scope, ProjectFilter filter)
            throws Exception {
        return queries.query(new FindProjectsQuery(filter, scope, ProjectSort.LAST_CHANGED, true, 0, 50),
                ResponseTypes.instanceOf(ProjectPage.class)).get(30, TimeUnit.SECONDS);
    }

    static String section(Result r) {
        StringBuilder md = new StringBuilder();
        md.append("\n## e) Read-model rebuild on ").append(r.store())
                .append(" (project-catalog; read models in the bench node's embedded MongoDB-wire server, in-memory backend)\n\n");
        md.append(String.format(Locale.ROOT, "- Store: %,d projects, %,d events; %,d projects listed before%n",
                r.projects(), r.storeEvents(), r.projectsListed()));
        if (r.run() != null) {
            md.append(String.format(Locale.ROOT, "- Run: %s, %,d events in %,d ms%s%n", r.run().status(),
                    r.run().events(), r.run().millis(), r.run().reason() == null ? "" : " (" + r.run().reason() + ")"));
        }
        ReadModelRebuilder.Timings t = r.timings();
        if (t != null) {
            md.append("\n| measured | value | target | |\n|---|---:|---|---|\n");
            md.append(String.format(Locale.ROOT, "| rebuild rate, whole run (read, write, catch up, switch) | "
                    + "%,.0f events/s | >= %,.0f events/s | %s |%n", t.eventsPerSecond(), TARGET_EVENTS_PER_SECOND,
                    t.eventsPerSecond() >= TARGET_EVENTS_PER_SECOND ? "met" : "**missed**"));
            md.append(String.format(Locale.ROOT, "| reading the store into the new read model | %,.0f events/s "
                    + "(%,d ms) | | |%n", t.readEventsPerSecond(), t.readMillis()));
            md.append(String.format(Locale.ROOT, "| writing %,d documents into the new collections | %,d ms | | |%n",
                    t.documents(), t.writeMillis()));
            md.append(String.format(Locale.ROOT, "| catching up | %,d ms | | |%n", t.catchUpMillis()));
            md.append(String.format(Locale.ROOT, "| live processor paused for the switch | %,d ms | | |%n",
                    t.pausedMillis()));
        }
        md.append(String.format(Locale.ROOT, "| progress updates seen (polled every 250 ms); first ETA | %d; %d s | "
                + "| |%n", r.progressUpdates(), r.firstEtaSeconds()));
        md.append(String.format(Locale.ROOT, "| library first page during the rebuild: reads, short or failed | "
                + "%,d, %,d | 0 short | %s |%n", r.reads(), r.shortReads(), r.shortReads() == 0 ? "met" : "**missed**"));
        if (r.readLatency().count() > 0) {
            md.append(String.format(Locale.ROOT, "| library first page during the rebuild, p50 / p99 | %.1f / %.1f ms "
                    + "| | |%n", r.readLatency().percentileMs(50), r.readLatency().percentileMs(99)));
        }
        return md.toString();
    }
}
