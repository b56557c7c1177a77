package org.clusterhub.bench;

import static org.clusterhub.bench.Stats.count;
import static org.clusterhub.bench.Stats.ms;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The Markdown report: machine, settings, and every figure next to its target, met or missed. */
final class Report {

    private Report() {
    }

    static String markdown(BenchOptions options, List<String> arguments, String postgresVersion, String loadAtStart, String loadAtEnd,
                           double minutes, List<CommandBench.Result> commands, List<LiveBench.Result> live,
                           List<SizeBench.Result> sizes) {
        StringBuilder md = new StringBuilder();
        md.append("# ClusterHub benchmark, ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)))
                .append("\n\n");
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Load average (1 min) at start / end: ").append(loadAtStart).append(" / ").append(loadAtEnd)
                .append(" (other work on the machine skews every figure)\n");
        md.append("- Stores: ").append(String.join(", ", options.stores()));
        if (postgresVersion != null) {
            md.append(" (").append(postgresVersion).append(", 127.0.0.1, fresh database per part)");
        }
        if (options.stores().contains("h2")) {
            md.append("; H2 ").append(org.h2.engine.Constants.VERSION).append(" file in a temp folder");
        }
        md.append('\n');
        md.append("- Nodes: BenchApplication (all contexts, Axon 4.13 JdbcEventStorageEngine, tracking projections "
                + "as in the app's application.yml, node-local live processor; no Vaadin UI), read models in the "
                + "embedded MongoDB-wire server (in memory), Hikari pool 10, event store fetch delay ")
                .append(options.fetchDelay().toMillis())
                .append(" ms")
                .append(options.nodeProperties().isEmpty() ? "" : "; extra node properties: `"
                        + String.join("; ", options.nodeProperties()) + "`")
                .append("\n");
        md.append("- Run took ").append(String.format(Locale.ROOT, "%.1f", minutes)).append(" min. Command: `java")
                .append(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xm")).map(a -> " " + a).reduce("", String::concat))
                .append(" -jar bench/target/clusterhub-bench.jar")
                .append(arguments.isEmpty() ? "" : " " + String.join(" ", arguments)).append("`\n\n");

        md.append(commandsSection(options, commands));
        md.append(liveSection(live));
        md.append(sizeSection(sizes));
        return md.toString();
    }

    static String commandsSection(BenchOptions options, List<CommandBench.Result> commands) {
        StringBuilder md = new StringBuilder();
        if (!commands.isEmpty()) {
            CommandBench.Result first = commands.get(0);
            md.append("## a) Commands: AddMemberOrganization through the CommandGateway\n\n");
            md.append(String.format(Locale.ROOT, "%d sender threads, %d s warm-up then %d s measured, %d clusters "
                            + "registered first (random target per command), one node; latency = send to "
                            + "acknowledgement (aggregate loaded, decided, appended, committed).%n%n",
                    first.threads(), options.warmUp().toSeconds(), first.window().toSeconds(), first.clusters()));
            md.append("| store | commands/s | p50 ms | p90 ms | p99 ms | max ms | errors | projection lag at end "
                    + "(events) / caught up after | target (PostgreSQL: >= 1,000/s, p99 <= 50 ms) |\n");
            md.append("|---|---:|---:|---:|---:|---:|---|---|---|\n");
            for (CommandBench.Result r : commands) {
                String target;
                if (r.store().equals("postgres")) {
                    boolean rate = r.perSecond() >= BenchMain.TARGET_COMMANDS_PER_SECOND;
                    boolean p99 = r.latency().percentileMs(99) <= BenchMain.TARGET_COMMAND_P99_MS;
                    target = (rate ? "rate MET" : "rate MISSED") + ", " + (p99 ? "p99 MET" : "p99 MISSED");
                } else {
                    target = "(no target for H2; single-node default)";
                }
                md.append("| ").append(r.store()).append(" | ").append(count(r.perSecond())).append(" | ")
                        .append(ms(r.latency().percentileMs(50))).append(" | ")
                        .append(ms(r.latency().percentileMs(90))).append(" | ")
                        .append(ms(r.latency().percentileMs(99))).append(" | ")
                        .append(ms(r.latency().maxMs())).append(" | ")
                        .append(r.errors().isEmpty() ? "0" : String.join(", ", CommandBench.errorsText(r)))
                        .append(" | ").append(r.projectionLagAtEnd()).append(" / ")
                        .append(Double.isNaN(r.projectionCatchUpSeconds()) ? "not within 120 s"
                                : String.format(Locale.ROOT, "%.1f s", r.projectionCatchUpSeconds()))
                        .append(" | ").append(target).append(" |\n");
            }
            md.append('\n');
        }

        return md.toString();
    }

    static String liveSection(List<LiveBench.Result> live) {
        StringBuilder md = new StringBuilder();
        if (!live.isEmpty()) {
            LiveBench.Result first = live.get(0);
            md.append("## b) Cross-node live update (two nodes, one PostgreSQL, one MongoDB)\n\n");
            md.append(String.format(Locale.ROOT, "%d commands on node A at %d/s; LiveFeed.subscribeToType(\"Cluster\")"
                            + " subscribers on both nodes. Fetch delay %d ms. Per live-processor variant.%n%n",
                    first.samples(), first.rate(), first.fetchDelay().toMillis()));
            md.append("| live processor | measured | p50 ms | p90 ms | p99 ms | max ms | samples | target (p99 <= 500 ms) |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
            for (LiveBench.Result r : live) {
                boolean met = r.sendToRemote().percentileMs(99) <= BenchMain.TARGET_LIVE_P99_MS
                        && r.missingOnRemote() == 0;
                row(md, r.variant().label, "send on A -> subscriber on B", r.sendToRemote(),
                        (met ? "MET" : "MISSED") + (r.missingOnRemote() > 0
                                ? " (" + r.missingOnRemote() + " never arrived)" : ""));
                row(md, r.variant().label, "acknowledged on A -> subscriber on B", r.commitToRemote(), "");
                row(md, r.variant().label, "send on A -> subscriber on A (same node)", r.sendToLocal(), "");
            }
            md.append('\n');
        }

        return md.toString();
    }

    static String sizeSection(List<SizeBench.Result> sizes) {
        StringBuilder md = new StringBuilder();
        if (!sizes.isEmpty()) {
            md.append("## c) Event store cost against its size (JdbcEventStorageEngine, aggregates of 50 events)\n\n");
            md.append("Median / p99 in ms. Head poll: readEvents(head token) with nothing new (2,000 polls; H2 may answer these from its "
                    + "result cache, as it does for an idle processor). After a "
                    + "write: one event appended, then polled (300). With a gap: the same, the token carrying one "
                    + "open gap (Axon's \"with gaps\" query; 60 polls). "
                    + "Aggregate load: EventStore.readEvents(id) of a random 50-event aggregate, payloads "
                    + "deserialized (500). Read all: whole stream from the start, rows only; replay: the same with the "
                    + "payloads deserialized. Target: head poll and aggregate load <= 1 ms, flat from the smallest "
                    + "to the largest size.\n\n");
            md.append("| store | events | filled in s | head poll | after a write | after a write, with a gap | aggregate load | "
                    + "read all events/s | replay events/s | store size MB | target (<= 1 ms) |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (SizeBench.Result result : sizes) {
                for (SizeBench.Point p : result.points()) {
                    boolean poll = p.headPoll().percentileMs(50) <= BenchMain.TARGET_STORE_OP_MS;
                    boolean load = p.aggregateLoad().percentileMs(50) <= BenchMain.TARGET_STORE_OP_MS;
                    md.append("| ").append(result.store()).append(" | ").append(count(p.size())).append(" | ")
                            .append(String.format(Locale.ROOT, "%.1f", p.fillSeconds())).append(" | ")
                            .append(medianP99(p.headPoll())).append(" | ")
                            .append(medianP99(p.headPollAfterWrite())).append(" | ")
                            .append(medianP99(p.headPollWithGap())).append(" | ")
                            .append(medianP99(p.aggregateLoad())).append(" | ")
                            .append(count(p.readEventsPerSecond())).append(" | ")
                            .append(count(p.replayEventsPerSecond())).append(" | ")
                            .append(p.storeBytes() < 0 ? "n/a" : count(p.storeBytes() / 1e6)).append(" | ")
                            .append("poll ").append(poll ? "MET" : "MISSED").append(", load ")
                            .append(load ? "MET" : "MISSED").append(" |\n");
                }
            }
            md.append("\nMET/MISSED judges the median against 1 ms at each size; the p99 is shown beside it.\n\n");
            for (SizeBench.Result result : sizes) {
                List<SizeBench.Point> points = result.points();
                if (points.size() < 2) {
                    continue;
                }
                SizeBench.Point small = points.get(0);
                SizeBench.Point large = points.get(points.size() - 1);
                md.append(String.format(Locale.ROOT, "- %s, %s -> %s events: head poll median x%.2f, with a gap "
                                + "x%.2f, aggregate load median x%.2f%s%n", result.store(), count(small.size()),
                        count(large.size()), ratio(large.headPoll(), small.headPoll()),
                        ratio(large.headPollWithGap(), small.headPollWithGap()),
                        ratio(large.aggregateLoad(), small.aggregateLoad()),
                        flat(small, large) ? " (flat: both stay <= 1 ms)" : " (NOT flat within 1 ms)"));
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String variant, String label, Stats stats, String target) {
        md.append("| ").append(variant).append(" | ").append(label).append(" | ").append(ms(stats.percentileMs(50))).append(" | ")
                .append(ms(stats.percentileMs(90))).append(" | ").append(ms(stats.percentileMs(99))).append(" | ")
                .append(ms(stats.maxMs())).append(" | ").append(stats.count()).append(" | ").append(target)
                .append(" |\n");
    }

    private static double ratio(Stats large, Stats small) {
        return large.percentileMs(50) / small.percentileMs(50);
    }

    private static boolean flat(SizeBench.Point small, SizeBench.Point large) {
        return large.headPoll().percentileMs(50) <= BenchMain.TARGET_STORE_OP_MS
                && large.aggregateLoad().percentileMs(50) <= BenchMain.TARGET_STORE_OP_MS
                && small.headPoll().percentileMs(50) <= BenchMain.TARGET_STORE_OP_MS
                && small.aggregateLoad().percentileMs(50) <= BenchMain.TARGET_STORE_OP_MS;
    }

    private static String medianP99(Stats stats) {
        return ms(stats.percentileMs(50)) + " / " + ms(stats.percentileMs(99));
    }
}
