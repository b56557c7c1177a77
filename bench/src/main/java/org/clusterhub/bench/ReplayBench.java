package org.clusterhub.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.AccessLogId;
import org.clusterhub.supervision.api.FindReplayQuery;
import org.clusterhub.supervision.api.FindReplayStateQuery;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.supervision.api.ReplayState;
import org.clusterhub.supervision.api.ReplayTimeline;

/**
 * f) The replay of a long project history (issue 7: open <= 500 ms, a slider step <= 200 ms), on one node: a
 * project gets {@code --replay-events} (2,000) events through real commands (its staff revising the budget line
 * and the aims), then the replay is opened and moved exactly as the screen does it: the timeline
 * ({@link FindReplayQuery}), the state at the last event ({@link FindReplayStateQuery}) and the opening recorded
 * ({@link RecordReplayAccessCommand}); then steps back one event at a time, steps forward, and long jumps to random
 * points. A warm-up project of 300 events is replayed first, so that the figures are not the JVM's first calls.
 * Opening is measured first on the untouched history (nothing kept yet), then again after one more event (the
 * kept events are topped up with it, the folded states are rebuilt), and once more unchanged.
 */
final class ReplayBench {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final double TARGET_OPEN_MS = 500;
    static final double TARGET_STEP_MS = 200;

    record Result(String store, int events, double fillSeconds, double firstOpenMs, Stats reopenAfterEvent,
                  Stats reopenUnchanged, Stats stepsBack, Stats stepsForward, Stats jumps, String loadBefore,
                  String loadAfter) {
    }

    static Result run(Databases databases, String kind, String[] args, Duration fetchDelay) {
        int events = Integer.parseInt(option(args, "replay-events", "2000"));
        int samples = Integer.parseInt(option(args, "replay-samples", "50"));
        Databases.Store store = databases.fresh(kind, "replay");
        try (Node node = Node.start("replay", store, null, fetchDelay)) {
            CommandGateway commands = node.context.getBean(CommandGateway.class);
            QueryGateway queries = node.context.getBean(QueryGateway.class);
            ClusterId cluster = ClusterId.create();
            node.send(new RegisterClusterCommand(cluster, null, "bench-replay-" + cluster.value().toString()
                    .substring(0, 8), "基准回放集群", null, ClusterLevel.PROVINCIAL,
                    new PromotionOrganization("基准回放促进会", null), List.of(City.JINAN), List.of(), List.of(),
                    List.of(), List.of(), List.of("基准测试"), List.of()));
            Actor staff = new Actor("bench-staff", "bench-staff", "基准 工作人员", Role.PROMOTION_STAFF,
                    Set.of(cluster.toString()), City.JINAN, "基准回放促进会");
            Actor supervisor = Node.BENCH;

            ProjectId warmUp = project(commands, staff, cluster, 300);
            open(queries, commands, supervisor, warmUp);
            for (long point = 299; point > 250; point--) {
                state(queries, supervisor, warmUp, point);
            }

            String loadBefore = Machine.loadAverage();
            long fillStart = System.nanoTime();
            ProjectId id = project(commands, staff, cluster, events);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf(Locale.ROOT, "  %s: project with %,d events made through commands in %.1f s%n", kind,
                    events, fillSeconds);
            long last = events - 1;

            long start = System.nanoTime();
            open(queries, commands, supervisor, id);
            double firstOpenMs = (System.nanoTime() - start) / 1e6;

            Stats stepsBack = new Stats();
            for (long point = last - 1; point >= Math.max(0, last - samples); point--) {
                long t = System.nanoTime();
                state(queries, supervisor, id, point);
                stepsBack.add(System.nanoTime() - t);
            }
            Stats stepsForward = new Stats();
            for (long point = Math.max(0, last - samples) + 1; point <= last; point++) {
                long t = System.nanoTime();
                state(queries, supervisor, id, point);
                stepsForward.add(System.nanoTime() - t);
            }
            Stats jumps = new Stats();
            Random random = new Random(2026);
            for (int i = 0; i < samples; i++) {
                long point = random.nextInt(events);
                long t = System.nanoTime();
                state(queries, supervisor, id, point);
                jumps.add(System.nanoTime() - t);
            }
            Stats reopenAfterEvent = new Stats();
            Stats reopenUnchanged = new Stats();
            for (int i = 0; i < 5; i++) {
                send(commands, staff, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT,
                        "建设公共检测平台，第 " + i + " 次补充。", null));
                long t = System.nanoTime();
                open(queries, commands, supervisor, id);
                reopenAfterEvent.add(System.nanoTime() - t);
                t = System.nanoTime();
                open(queries, commands, supervisor, id);
                reopenUnchanged.add(System.nanoTime() - t);
            }
            return new Result(kind, events, fillSeconds, firstOpenMs, reopenAfterEvent, reopenUnchanged, stepsBack,
                    stepsForward, jumps, loadBefore, Machine.loadAverage());
        }
    }

    /** What the replay screen does on opening: the timeline, the state at the last event, the look recorded. */
    private static void open(QueryGateway queries, CommandGateway commands, Actor viewer, ProjectId id) {
        ReplayTimeline timeline = queries.query(new FindReplayQuery(id.toString()),
                ResponseTypes.optionalInstanceOf(ReplayTimeline.class)).join().orElseThrow();
        ReplayState state = state(queries, viewer, id, timeline.lastSequence());
        LocalDate day = LocalDate.now(SHANGHAI);
        send(commands, viewer, new RecordReplayAccessCommand(AccessLogId.forPersonAndDay(viewer.username(), day), day,
                timeline.aggregateId(), timeline.aggregateType(), state.title(), timeline.owningClusterId(),
                ReplayAccessAction.OPENED, state.sequenceNumber()));
    }

    private static ReplayState state(QueryGateway queries, Actor viewer, ProjectId id, long point) {
        ReplayState state = queries.query(new FindReplayStateQuery(id.toString(), point, viewer),
                ResponseTypes.optionalInstanceOf(ReplayState.class)).join().orElseThrow();
        if (state.sequenceNumber() != point || state.view() == null) {
            throw new IllegalStateException("replay answered " + state.sequenceNumber() + " for " + point);
        }
        return state;
    }

    /** A project drafted, completed and then revised by its staff until it has {@code events} events. */
    private static ProjectId project(CommandGateway commands, Actor staff, ClusterId cluster, int events) {
        ProjectId id = ProjectId.create();
        int year = Year.now(SHANGHAI).getValue();
        send(commands, staff, new DraftProjectCommand(id, cluster, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                "基准回放 公共检测平台", staff.organization(), City.JINAN, "张工", year, year + 2));
        send(commands, staff, new AddBudgetLineCommand(id, "line-1", "检测设备购置",
                FundingSource.PROVINCIAL_SUBSIDY, new BigDecimal("300.00")));
        send(commands, staff, new AddMilestoneCommand(id, "m-1", "设备到位", LocalDate.now(SHANGHAI).plusDays(60),
                "验收单", staff.organization()));
        send(commands, staff, new AddIndicatorCommand(id, "kpi-1", "服务企业数", "家", new BigDecimal("50")));
        // Drafted = 2 events, then 3 parts added: 5 so far.
        for (int i = 5; i < events; i++) {
            send(commands, staff, i % 3 == 0
                    ? new ReviseProjectSectionCommand(id, ProjectSection.AIMS, "第 " + i + " 稿：提升集群公共服务能力。",
                            null)
                    : new ReviseBudgetLineCommand(id, "line-1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                            new BigDecimal(100 + i % 400 + ".00"), null));
        }
        return id;
    }

    private static void send(CommandGateway commands, Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    static String section(Result r) {
        StringBuilder md = new StringBuilder();
        md.append("\n## f) Replay of a project with ").append(Stats.count(r.events())).append(" events (")
                .append(r.store()).append(")\n\n");
        md.append("Load average before / after: ").append(r.loadBefore()).append(" / ").append(r.loadAfter())
                .append(". History made through ").append(Stats.count(r.events())).append(" commands in ")
                .append(String.format(Locale.ROOT, "%.1f s", r.fillSeconds())).append(".\n\n");
        md.append("| | median ms | p95 ms | max ms | target | |\n|---|---|---|---|---|---|\n");
        md.append("| open, first time (timeline + state at the end + access recorded) | ")
                .append(Stats.ms(r.firstOpenMs())).append(" | | | <= 500 ms | ")
                .append(r.firstOpenMs() <= TARGET_OPEN_MS ? "met" : "missed").append(" |\n");
        row(md, "open again after one more event", r.reopenAfterEvent(), TARGET_OPEN_MS);
        row(md, "open again, unchanged", r.reopenUnchanged(), TARGET_OPEN_MS);
        row(md, "slider step back (one event)", r.stepsBack(), TARGET_STEP_MS);
        row(md, "slider step forward (one event)", r.stepsForward(), TARGET_STEP_MS);
        row(md, "long jump to a random point", r.jumps(), TARGET_STEP_MS);
        return md.toString();
    }

    private static void row(StringBuilder md, String what, Stats stats, double target) {
        double p95 = stats.percentileMs(95);
        md.append("| ").append(what).append(" (").append(stats.count()).append(") | ")
                .append(Stats.ms(stats.percentileMs(50))).append(" | ").append(Stats.ms(p95)).append(" | ")
                .append(Stats.ms(stats.maxMs())).append(" | <= ").append(Stats.ms(target)).append(" ms (p95) | ")
                .append(p95 <= target ? "met" : "missed").append(" |\n");
    }
}
