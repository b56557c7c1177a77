package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.seed.DemoAccountSeeder.DemoAccount;
import org.clusterhub.app.seed.DemoProjects.Spec;
import org.clusterhub.app.seed.DemoProjects.Stage;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.identity.api.ExpertPool;
import org.clusterhub.identity.api.FindExpertPoolQuery;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo projects, created at first start of the demo profile through commands, each sent as the person who would send
 * it (staff, coordinators, members, experts, the supervisor), so that the history, the library, every work queue and
 * the live screens look as they would after weeks of use. Ids derive from stable codes: a project that exists is
 * left alone, so later starts send nothing.
 *
 * <p>The lifecycle waits for dates (the city's review period, publicity), so the projects are written in the past:
 * Axon's event clock ({@link GenericEventMessage#clock}) is set back for each step, in time order across all
 * projects, while the seeding runs at start-up. Publicity ends only by its deadline: approvals are dated so that the
 * publicity deadline is already due, and the approved projects' next steps (立项, progress, spending, change
 * requests, evaluation) run in real time once the application is ready and the deadline manager has ended their
 * publicity. If it does not within two minutes, those projects stay in publicity and the log says so.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "clusterhub.seed.demo-projects", havingValue = "true")
class DemoProjectSeeder implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoProjectSeeder.class);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration PUBLICITY_PATIENCE = Duration.ofMinutes(2);
    private static final int PANEL_SIZE = 5;
    /** Member accounts of the demo, by the organization they act for. */
    private static final Map<String, String> MEMBER_ACCOUNTS = Map.of("山东大学", "member-sdu",
            "青岛工业互联网公共服务平台", "member-platform", "山东产业技术研究院", "member-sdiit",
            "潍柴动力股份有限公司", "member-weichai");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final MessageSource messages;
    private final ExecutorService afterStart = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-projects");
        thread.setDaemon(true);
        return thread;
    });
    /** The approved projects' real-time steps, waiting for the application to be ready. */
    private final List<Runnable> realTimeSteps = new ArrayList<>();
    private Map<String, DemoAccount> accounts = Map.of();
    private Map<Integer, String> clusterCodes = Map.of();

    DemoProjectSeeder(CommandGateway commands, QueryGateway queries, EventStore eventStore, MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(SHANGHAI);
        List<Spec> specs = DemoProjects.all(today);
        List<Spec> missing = specs.stream().filter(spec -> !exists(spec.projectId())).toList();
        List<Spec> unconfirmed = specs.stream().filter(spec -> spec.stage().approved())
                .filter(spec -> exists(spec.projectId()) && !has(spec.projectId(), ProjectApprovedEvent.class))
                .toList();
        if (missing.isEmpty() && unconfirmed.isEmpty()) {
            log.info("Demo projects: all {} exist", specs.size());
            return;
        }
        PlanData plan = PlanSeeder.readPlan();
        accounts = new HashMap<>();
        DemoAccountSeeder.accounts(plan, messages).forEach(a -> accounts.put(a.username(), a));
        clusterCodes = new HashMap<>();
        plan.clusters().forEach(c -> clusterCodes.put(c.number(), c.code()));
        List<ExpertCandidate> pool = missing.isEmpty() ? List.of() : expertPool();
        Timeline timeline = new Timeline(today);
        for (int i = 0; i < missing.size(); i++) {
            script(missing.get(i), i, pool, timeline);
        }
        try {
            timeline.run();
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        for (Spec spec : specs) {
            if (spec.stage().approved() && exists(spec.projectId())
                    && !has(spec.projectId(), ProjectApprovedEvent.class)) {
                realTimeSteps.add(() -> afterPublicity(spec, today));
            }
        }
        log.info("Demo projects: {} defined, {} created now; {} wait for their publicity to end", specs.size(),
                missing.size(), realTimeSteps.size());
    }

    /** Deadlines run once the application is ready (a persistent deadline manager starts only then). */
    @EventListener(ApplicationReadyEvent.class)
    void continueAfterStart() {
        realTimeSteps.forEach(afterStart::execute);
        realTimeSteps.clear();
    }

    @Override
    public void destroy() {
        afterStart.shutdownNow();
    }

    // ---- the scripts ---------------------------------------------------------------------------------------------

    /**
     * One project's steps up to its stage, dated back from today: drafted about six weeks ago, submitted at most ten
     * days ago (the city's review period runs ten days, so no review is overdue), approved for publicity eight days
     * ago (five working days of publicity have passed by now), or yesterday for the one still in publicity.
     */
    private void script(Spec spec, int index, List<ExpertCandidate> pool, Timeline t) {
        ProjectId id = spec.projectId();
        ClusterId cluster = ClusterId.forPlanCode(clusterCode(spec.cluster()));
        Actor staff = actor(String.format("staff%02d", spec.cluster()));
        Actor coordinator = actor("coord-" + spec.city().name().toLowerCase(Locale.ROOT));
        Actor supervisor = actor("supervisor");
        Stage stage = spec.stage();
        int minute = index * 7;
        t.at(spec, -42, 9, minute, staff, () -> new DraftProjectCommand(id, cluster, spec.kind(), spec.title(),
                spec.lead(), spec.city(), spec.person(), spec.startYear(), spec.endYear()));
        for (DemoProjects.Partner partner : spec.partners()) {
            t.at(spec, -42, 10, minute, staff, () -> new AddParticipantCommand(id, partner.organization(),
                    partner.city(), partner.sections()));
        }
        t.at(spec, -40, 15, minute, editor(spec, ProjectSection.AIMS, staff),
                () -> new ReviseProjectSectionCommand(id, ProjectSection.AIMS, spec.aims(), null));
        t.at(spec, -38, 11, minute, editor(spec, ProjectSection.CONTENT, staff),
                () -> new ReviseProjectSectionCommand(id, ProjectSection.CONTENT, spec.content(), null));
        for (int i = 0; i < spec.lines().size(); i++) {
            DemoProjects.Line line = spec.lines().get(i);
            String lineId = "b" + (i + 1);
            t.at(spec, -36, 10 + i, minute, editor(spec, ProjectSection.BUDGET, staff), () -> new AddBudgetLineCommand(
                    id, lineId, line.item(), line.source(), new BigDecimal(line.amount())));
        }
        for (int i = 0; i < spec.milestones().size(); i++) {
            DemoProjects.Step step = spec.milestones().get(i);
            String milestoneId = "m" + (i + 1);
            t.at(spec, -33, 14 + i, minute, editor(spec, ProjectSection.MILESTONES, staff),
                    () -> new AddMilestoneCommand(id, milestoneId, step.title(), step.due(), step.deliverable(),
                            step.owner() == null ? spec.lead() : step.owner()));
        }
        for (int i = 0; i < spec.kpis().size(); i++) {
            DemoProjects.Kpi kpi = spec.kpis().get(i);
            String indicatorId = "k" + (i + 1);
            t.at(spec, -31, 9 + i, minute, editor(spec, ProjectSection.INDICATORS, staff),
                    () -> new AddIndicatorCommand(id, indicatorId, kpi.name(), kpi.unit(), new BigDecimal(kpi.target())));
        }
        if (stage == Stage.DRAFT) {
            return;
        }
        boolean early = stage.approved();
        if (stage == Stage.SUBMITTED) {
            t.at(spec, -3, 16, minute, staff, () -> new SubmitProjectCommand(id, null));
            return;
        }
        t.at(spec, early ? -10 : -9, 9, minute, staff, () -> new SubmitProjectCommand(id, null));
        switch (stage) {
            case RETURNED -> {
                t.at(spec, -7, 15, minute, coordinator, () -> new ReturnProjectCommand(id,
                        "预算中设备购置费占比过高，请补充设备询价依据和配套资金落实证明后重新申报。"));
                return;
            }
            case WITHDRAWN -> {
                t.at(spec, -6, 10, minute, staff, () -> new WithdrawProjectCommand(id,
                        "牵头企业调整投资计划，项目暂缓申报，下一年度重新组织。"));
                return;
            }
            default -> {
            }
        }
        t.at(spec, early ? -10 : -8, 15, minute, coordinator, () -> new RecommendProjectCommand(id,
                "项目符合本市产业发展方向，配套资金已落实，同意推荐。"));
        if (stage == Stage.RECOMMENDED) {
            return;
        }
        int drawDay = early ? -9 : -7;
        LocalDate reviewDue = t.today.plusDays(14);
        long seed = spec.code().hashCode();
        t.at(spec, drawDay, 10, minute, supervisor, () -> new DrawExpertPanelCommand(id, pool, PANEL_SIZE,
                ScoringCriterion.standard(), reviewDue, seed));
        int base = 76 + Math.floorMod(spec.code().hashCode(), 14);
        for (int seat = 0; seat < PANEL_SIZE; seat++) {
            int s = seat;
            Supplier<Actor> expert = () -> expertActor(drawn(id).get(s));
            if (stage == Stage.EXPERT_REVIEW) {
                // Two have scored, one recused, one declared and one has not answered yet.
                if (s == 2) {
                    t.at(spec, drawDay, 16, minute + s, expert, () -> new DeclareConflictOfInterestCommand(id, true,
                            "本人所在团队曾为该项目提供前期技术咨询，申请回避。"));
                } else if (s < 4) {
                    t.at(spec, drawDay, 16, minute + s, expert, () -> new DeclareConflictOfInterestCommand(id, false,
                            null));
                }
                if (s < 2) {
                    t.at(spec, drawDay + 1, 11, minute + s, expert, () -> new LockExpertScoresCommand(id,
                            scores(base + s), "技术路线清晰，建议细化产业化进度安排。"));
                }
                continue;
            }
            t.at(spec, drawDay, 16, minute + s, expert, () -> new DeclareConflictOfInterestCommand(id, false, null));
            t.at(spec, drawDay + 1, 10, minute + s, expert, () -> new LockExpertScoresCommand(id,
                    scores(base + s - 2), s == 0 ? "项目需求明确，预算编制基本合理。" : null));
        }
        switch (stage) {
            case EXPERT_REVIEW, AWAITING_DECISION -> {
            }
            case REJECTED -> t.at(spec, -4, 15, minute, supervisor, () -> new RejectProjectCommand(id,
                    "专家评审认为关键技术路线尚不成熟，建议完善后下一年度重新申报。"));
            case PUBLICITY -> {
                t.at(spec, -1, 9, minute, supervisor, () -> new ApproveProjectCommand(id, "同意立项，进入公示。", 5,
                        t.today.minusDays(1)));
                t.at(spec, -1, 14, minute, actor("member-weichai"), () -> new RaiseObjectionCommand(id, "o1", "孙立",
                        "潍柴动力股份有限公司", "项目申报的检测能力与现有社会化检测机构重复，建议说明差异化定位。"));
            }
            default -> t.at(spec, -8, 15, minute, supervisor, () -> new ApproveProjectCommand(id,
                    "同意立项，请按专家意见完善实施方案。", 5, t.today.minusDays(8)));
        }
    }

    /** 立项 and what follows, in real time, once the publicity deadline has ended the publicity. */
    private void afterPublicity(Spec spec, LocalDate today) {
        ProjectId id = spec.projectId();
        try {
            if (!awaitPublicityEnd(id)) {
                log.warn("Demo project {}: publicity has not ended within {}; it stays in publicity", spec.code(),
                        PUBLICITY_PATIENCE);
                return;
            }
            Actor staff = actor(String.format("staff%02d", spec.cluster()));
            Actor supervisor = actor("supervisor");
            Actor lead = MEMBER_ACCOUNTS.containsKey(spec.lead()) ? actor(MEMBER_ACCOUNTS.get(spec.lead())) : staff;
            LibraryState state = spec.stage() == Stage.RESERVE ? LibraryState.RESERVE : LibraryState.IMPLEMENTATION;
            send(supervisor, new ConfirmApprovalCommand(id, state));
            switch (spec.stage()) {
                case IN_PROGRESS -> {
                    send(staff, new ReportMilestoneProgressCommand(id, "m1", 60,
                            "首批制动与车门系统零部件完成台架试验，进入装车验证。", List.of()));
                    send(lead, new RecordExpenditureCommand(id, "b1", new BigDecimal("186.40"), "零部件台架试验费"));
                    send(lead, new RecordExpenditureCommand(id, "b3", new BigDecimal("720.00"), "联合开发首期投入"));
                }
                case CHANGE_PENDING -> {
                    send(lead, new RecordExpenditureCommand(id, "b1", new BigDecimal("310.00"), "测试道路土建工程款"));
                    send(staff, new RequestChangeCommand(id, "c1", ChangeKind.BUDGET,
                            "V2X路侧设备价格上涨，申请调增测试场建设预算。", new ChangeProposal(null, null, null,
                            Map.of("b1", new BigDecimal("880")), null, null)));
                }
                case MILESTONE_OVERDUE -> {
                    send(staff, new ReportMilestoneProgressCommand(id, "m1", 70,
                            "追溯系统软件部署完成，冷链温控数据接入尚在调试。", List.of()));
                    send(lead, new RecordExpenditureCommand(id, "b2", new BigDecimal("265.00"), "分割线改造设备款"));
                }
                case MIDTERM -> {
                    send(staff, new ReportMilestoneProgressCommand(id, "m1", 100, "适配实验室已投入使用。", List.of()));
                    send(lead, new RecordExpenditureCommand(id, "b1", new BigDecimal("380.00"), "实验室设备款"));
                    send(supervisor, new StartMidtermEvaluationCommand(id, today.plusDays(20)));
                    send(staff, new SubmitSelfEvaluationCommand(id, SelfEvaluationStage.MIDTERM, EvaluationGrade.GOOD,
                            "适配实验室已投用，累计完成适配验证218项，完成投资65%，进度符合计划。"));
                }
                case EXITED -> {
                    send(lead, new RecordExpenditureCommand(id, "b1", new BigDecimal("40.00"), "平台开发首付款"));
                    send(supervisor, new TerminateProjectCommand(id, "牵头单位调整业务方向，申请终止项目并退出项目库。",
                            FundingAction.RECOVER, new BigDecimal("220.00")));
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            log.warn("Demo project {} stopped after publicity: {}", spec.code(), e.toString());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Who writes a section: a demo member whose organization was given it (the lead has every section), else staff. */
    private Actor editor(Spec spec, ProjectSection section, Actor staff) {
        if (MEMBER_ACCOUNTS.containsKey(spec.lead())) {
            return actor(MEMBER_ACCOUNTS.get(spec.lead()));
        }
        return spec.partners().stream()
                .filter(p -> p.sections().contains(section) && MEMBER_ACCOUNTS.containsKey(p.organization()))
                .findFirst()
                .map(p -> actor(MEMBER_ACCOUNTS.get(p.organization())))
                .orElse(staff);
    }

    private Actor actor(String username) {
        DemoAccount account = accounts.get(username);
        if (account == null) {
            throw new IllegalStateException("no demo account " + username);
        }
        return new Actor(UserAccountId.forUsername(username).toString(), username, account.displayName(),
                account.role(), account.clusterIds(), account.city(), account.organization());
    }

    private Actor expertActor(ExpertCandidate expert) {
        return actor(expert.username());
    }

    /** The experts drawn for a project, in the order of the draw. */
    private List<ExpertCandidate> drawn(ProjectId id) {
        List<ExpertCandidate> drawn = new ArrayList<>();
        eventStore.readEvents(id.toString(), 0L).asStream().map(DomainEventMessage::getPayload)
                .filter(ExpertPanelDrawnEvent.class::isInstance)
                .forEach(event -> drawn.addAll(((ExpertPanelDrawnEvent) event).drawn()));
        return drawn;
    }

    private static List<CriterionScore> scores(int base) {
        List<CriterionScore> scores = new ArrayList<>();
        List<ScoringCriterion> criteria = ScoringCriterion.standard();
        for (int i = 0; i < criteria.size(); i++) {
            scores.add(new CriterionScore(criteria.get(i).key(), Math.min(100, base + (i % 3) * 3 - 2)));
        }
        return scores;
    }

    /** The demo experts, once the accounts projection has them (they are registered just before). */
    private List<ExpertCandidate> expertPool() {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            ExpertPool pool = queries.query(new FindExpertPoolQuery(), ResponseTypes.instanceOf(ExpertPool.class))
                    .join();
            if (pool.experts().size() >= DemoAccountSeeder.EXPERTS.size() || Instant.now().isAfter(deadline)) {
                return pool.experts();
            }
            sleep(100);
        }
    }

    private boolean awaitPublicityEnd(ProjectId id) {
        Instant deadline = Instant.now().plus(PUBLICITY_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (has(id, PublicityEndedEvent.class)) {
                return true;
            }
            sleep(250);
        }
        return false;
    }

    private boolean exists(ProjectId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
    }

    private boolean has(ProjectId id, Class<?> eventType) {
        return eventStore.readEvents(id.toString(), 0L).asStream().map(DomainEventMessage::getPayloadType)
                .anyMatch(eventType::equals);
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    private String clusterCode(int planNumber) {
        String code = clusterCodes.get(planNumber);
        if (code == null) {
            throw new IllegalStateException("no plan cluster " + planNumber);
        }
        return code;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Every project's steps, run in the order of their dates across projects, each with Axon's event clock set to
     * its date: events are stamped then, and the aggregate's "today" is that day. A project whose step fails keeps
     * the steps before it and skips the rest.
     */
    private final class Timeline {
        private final LocalDate today;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, String> failed = new LinkedHashMap<>();

        Timeline(LocalDate today) {
            this.today = today;
        }

        record Entry(Spec spec, Instant at, int order, Supplier<Actor> actor, Supplier<Object> command) {
        }

        void at(Spec spec, int day, int hour, int minute, Actor actor, Supplier<Object> command) {
            at(spec, day, hour, minute, () -> actor, command);
        }

        void at(Spec spec, int day, int hour, int minute, Supplier<Actor> actor, Supplier<Object> command) {
            Instant at = today.plusDays(day).atTime(hour, 0).plusMinutes(minute).atZone(SHANGHAI).toInstant();
            entries.add(new Entry(spec, at, entries.size(), actor, command));
        }

        void run() {
            entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::order));
            for (Entry entry : entries) {
                if (failed.containsKey(entry.spec().code())) {
                    continue;
                }
                GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(),
                        entry.at()));
                try {
                    send(entry.actor().get(), entry.command().get());
                } catch (RuntimeException e) {
                    failed.put(entry.spec().code(), e.toString());
                    log.warn("Demo project {} stopped at {}: {}", entry.spec().code(), entry.at(), e.toString());
                }
            }
        }
    }
}
