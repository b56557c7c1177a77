package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.MeetingOutcome;
import org.clusterhub.activity.api.MeetingOutcomeRecordedEvent;
import org.clusterhub.app.seed.DemoAccountSeeder.DemoAccount;
import org.clusterhub.challenge.api.BidCriterionScore;
import org.clusterhub.challenge.api.BiddingClosedEvent;
import org.clusterhub.challenge.api.ChallengeDecisionPublishedEvent;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ChooseWinnerCommand;
import org.clusterhub.challenge.api.ConsortiumBidder;
import org.clusterhub.challenge.api.EvaluationCompletedEvent;
import org.clusterhub.challenge.api.EvaluationCriterion;
import org.clusterhub.challenge.api.Evaluator;
import org.clusterhub.challenge.api.PostChallengeCommand;
import org.clusterhub.challenge.api.PublishDecisionCommand;
import org.clusterhub.challenge.api.ScoreBidCommand;
import org.clusterhub.challenge.api.SubmitBidCommand;
import org.clusterhub.challenge.api.TechnicalIndicator;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumOrigin;
import org.clusterhub.consortium.api.ProposeConsortiumCommand;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.identity.api.ExpertPool;
import org.clusterhub.identity.api.FindExpertPoolQuery;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.subsidy.api.AwardGrantCommand;
import org.clusterhub.subsidy.api.FindSubsidyProjectQuery;
import org.clusterhub.subsidy.api.GrantAwardedEvent;
import org.clusterhub.subsidy.api.GrantId;
import org.clusterhub.subsidy.api.RecipientKind;
import org.clusterhub.subsidy.api.SubsidyProject;
import org.clusterhub.subsidy.api.TrancheCondition;
import org.clusterhub.subsidy.api.TranchePlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One complete provenance chain for the demo (ADR 018), through commands sent as the people who would send them:
 * at the past rail fair 潍柴动力 and 山东大学 signed at their 1:1 meeting; {@code member-weichai} proposes the
 * "轨道车辆减振降噪创新联合体" from that meeting; {@code staff01} posts a 揭榜挂帅 challenge whose bidding closes a
 * few seconds after start, the consortium bids, three experts score, the poster chooses and publishes the winner;
 * {@code staff01} drafts the follow-up project from the winning bid, which goes through the first review, the expert
 * review and into the project library; the supervisor grants it a subsidy from the 2026 project subsidies. Runs after
 * start on its own thread (bidding closes by its deadline); ids derive from stable codes, so later starts send
 * nothing, and a step that cannot be taken is logged and ends the chain there.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "clusterhub.seed.demo-provenance", havingValue = "true")
class DemoProvenanceSeeder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoProvenanceSeeder.class);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    private static final String WEICHAI = "潍柴动力股份有限公司";
    private static final String SDU = "山东大学";
    private static final String BID = "demo-bid-damping";

    static final ConsortiumId CONSORTIUM = new ConsortiumId(stable("consortium:rail-damping"));
    static final ChallengeId CHALLENGE = new ChallengeId(stable("challenge:rail-damping"));
    static final ProjectId PROJECT = new ProjectId(stable("project:rail-damping-follow-up"));
    static final GrantId GRANT = GrantId.forSeedCode("2026-subsidy-rail-damping");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final MessageSource messages;
    private final ExecutorService afterStart = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-provenance");
        thread.setDaemon(true);
        return thread;
    });
    private Map<String, DemoAccount> accounts = Map.of();

    DemoProvenanceSeeder(CommandGateway commands, QueryGateway queries, EventStore eventStore,
                         MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    private static UUID stable(String code) {
        return UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAfterStart() {
        afterStart.execute(() -> {
            try {
                accounts = new HashMap<>();
                DemoAccountSeeder.accounts(PlanSeeder.readPlan(), messages).forEach(a -> accounts.put(a.username(), a));
                chain();
            } catch (RuntimeException e) {
                log.warn("Demo provenance chain stopped: {}", e.toString());
            }
        });
    }

    private void chain() {
        ActivityId fair = DemoActivitySeeder.demoId("rail-fair");
        Optional<MeetingOutcomeRecordedEvent> signed = eventStore.readEvents(fair.toString(), 0L).asStream()
                .map(DomainEventMessage::getPayload).filter(MeetingOutcomeRecordedEvent.class::isInstance)
                .map(MeetingOutcomeRecordedEvent.class::cast)
                .filter(o -> WEICHAI.equals(o.organization()) && o.outcome() == MeetingOutcome.CONTRACT_SIGNED)
                .findFirst();
        if (signed.isEmpty()) {
            log.info("Demo provenance: no signed meeting at the rail fair; no chain");
            return;
        }
        if (!exists(CONSORTIUM.toString())) {
            send("member-weichai", new ProposeConsortiumCommand(CONSORTIUM, RAIL, "轨道车辆减振降噪创新联合体",
                    TechnologyArea.BASIC_MATERIALS, List.of("减振", "降噪", "高分子材料"),
                    "潍柴动力与山东大学在轨道交通装备产业链供需对接会上签约后，联合攻关轨道车辆减振降噪材料与疲劳寿命试验。",
                    List.of("减振材料中试平台", "整车疲劳寿命试验台"), WEICHAI, DemoConsortiumSeeder.WEICHAI_CODE,
                    OrganizationKind.ENTERPRISE, Commitment.none(),
                    new ConsortiumOrigin(fair.toString(), signed.get().meetingId().toString())));
        }
        if (!exists(CHALLENGE.toString())) {
            Actor staff = actor("staff01");
            send("staff01", new PostChallengeCommand(CHALLENGE, RAIL, staff.organization(), "轨道车辆减振降噪材料攻关",
                    "高速动车组转向架与车体减振降噪材料依赖进口。需研制疲劳寿命 ≥ 1000 万次、车内噪声降低 3 dB 的"
                            + "高分子减振材料，并在省内整车企业完成装车验证。",
                    TechnologyArea.BASIC_MATERIALS, List.of("减振", "降噪"),
                    List.of(new TechnicalIndicator("fatigue", "疲劳寿命", "≥ 1000 万", "次"),
                            new TechnicalIndicator("noise", "车内噪声降低", "≥ 3", "dB")),
                    new BigDecimal("600"), "优先推荐首批次新材料认定", "山东省内注册的企业、高校、科研院所，或其牵头的创新联合体",
                    Instant.now().plusSeconds(20), EvaluationCriterion.standard(),
                    List.of(new Evaluator("expert03", "张伟", "山东省科学院"),
                            new Evaluator("expert05", "陈静", "山东理工大学"),
                            new Evaluator("expert09", "周晓梅", "青岛大学"))));
            send("member-weichai", new SubmitBidCommand(CHALLENGE, BID, WEICHAI, new ConsortiumBidder(
                    CONSORTIUM.toString(), "轨道车辆减振降噪创新联合体", List.of(WEICHAI, SDU)),
                    "以山东大学高分子减振材料为基础，潍柴动力负责工程化与装车验证，建立疲劳寿命试验方法。",
                    "山东大学材料学院团队 8 人，潍柴动力工程师 10 人", "第 1—8 月材料研制，第 9—18 月装车验证",
                    new BigDecimal("580")));
        }
        if (!has(CHALLENGE.toString(), ChallengeDecisionPublishedEvent.class)) {
            if (!waitUntil(() -> has(CHALLENGE.toString(), BiddingClosedEvent.class))) {
                log.info("Demo provenance: bidding did not close within {}", PATIENCE);
                return;
            }
            if (!has(CHALLENGE.toString(), EvaluationCompletedEvent.class)) {
                int base = 86;
                for (String expert : List.of("expert03", "expert05", "expert09")) {
                    int score = base++;
                    send(expert, new ScoreBidCommand(CHALLENGE, BID, EvaluationCriterion.standard().stream()
                            .map(c -> new BidCriterionScore(c.key(), score)).toList(), "技术路线可行，团队基础扎实"));
                }
            }
            send("staff01", new ChooseWinnerCommand(CHALLENGE, BID, null));
            send("staff01", new PublishDecisionCommand(CHALLENGE));
        }
        if (!exists(PROJECT.toString())) {
            followUpProject();
        }
        if (!exists(DemoSubsidySeeder.PROJECT_SUBSIDIES.toString())) {
            log.info("Demo provenance: no project subsidies programme; the chain ends at the project");
            return;
        }
        if (!waitUntil(() -> subsidyProject().filter(SubsidyProject::inLibrary).isPresent())) {
            log.info("Demo provenance: the follow-up project is not in the library yet; no grant");
            return;
        }
        boolean granted = eventStore.readEvents(DemoSubsidySeeder.PROJECT_SUBSIDIES.toString(), 0L).asStream()
                .map(DomainEventMessage::getPayload).filter(GrantAwardedEvent.class::isInstance)
                .anyMatch(p -> GRANT.equals(((GrantAwardedEvent) p).grantId()));
        if (!granted) {
            sendAs(actor("supervisor"), new AwardGrantCommand(DemoSubsidySeeder.PROJECT_SUBSIDIES, GRANT,
                    RecipientKind.PROJECT, PROJECT, null, null, null, new BigDecimal("200.00"),
                    "揭榜挂帅成果转化项目补助", List.of(
                    new TranchePlan(new BigDecimal("80.00"), TrancheCondition.ON_GRANT, null, null),
                    new TranchePlan(new BigDecimal("120.00"), TrancheCondition.PROJECT_ACCEPTED, null, null))));
        }
        log.info("Demo provenance chain in place: meeting → consortium {} → challenge {} → project {} → grant {}",
                CONSORTIUM, CHALLENGE, PROJECT, GRANT);
    }

    /** The project that follows up the winning bid, taken through review into the library (reserve). */
    private void followUpProject() {
        send("staff01", new DraftProjectCommand(PROJECT, RAIL, ProjectKind.COLLABORATIVE_INNOVATION,
                "轨道车辆减振降噪材料中试验证平台", WEICHAI, City.QINGDAO, "刘洋", 2026, 2028,
                new ProjectOrigin(CHALLENGE.toString(), BID)));
        send("staff01", new ReviseProjectSectionCommand(PROJECT, ProjectSection.AIMS,
                "将揭榜成果转化为可装车的减振降噪材料，建成面向集群企业的中试验证平台", null));
        send("staff01", new ReviseProjectSectionCommand(PROJECT, ProjectSection.CONTENT,
                "购置疲劳试验与噪声测试设备，建设减振材料中试线，完成两款车型装车验证", null));
        send("staff01", new AddBudgetLineCommand(PROJECT, "b1", "中试与试验设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal("300")));
        send("staff01", new AddBudgetLineCommand(PROJECT, "b2", "企业配套投入", FundingSource.ENTERPRISE_FUNDS,
                new BigDecimal("450")));
        send("staff01", new AddMilestoneCommand(PROJECT, "m1", "中试线建成", LocalDate.of(2027, 6, 30),
                "中试线通过验收，完成首批材料试制", WEICHAI));
        send("staff01", new AddIndicatorCommand(PROJECT, "k1", "装车验证车型", "款", new BigDecimal("2")));
        send("staff01", new SubmitProjectCommand(PROJECT, null));
        send("coord-qingdao", new RecommendProjectCommand(PROJECT, "同意推荐：揭榜挂帅成果转化"));
        LocalDate today = LocalDate.now(ReportingPeriod.SHANGHAI);
        List<ExpertCandidate> pool = queries.query(new FindExpertPoolQuery(),
                ResponseTypes.instanceOf(ExpertPool.class)).join().experts();
        send("supervisor", new DrawExpertPanelCommand(PROJECT, pool, 3, ScoringCriterion.standard(),
                today.plusDays(20), 18L));
        List<ExpertCandidate> drawn = new ArrayList<>();
        eventStore.readEvents(PROJECT.toString(), 0L).asStream().map(DomainEventMessage::getPayload)
                .filter(ExpertPanelDrawnEvent.class::isInstance)
                .forEach(event -> drawn.addAll(((ExpertPanelDrawnEvent) event).drawn()));
        for (ExpertCandidate expert : drawn) {
            send(expert.username(), new DeclareConflictOfInterestCommand(PROJECT, false, null));
            send(expert.username(), new LockExpertScoresCommand(PROJECT, ScoringCriterion.standard().stream()
                    .map(c -> new CriterionScore(c.key(), 84)).toList(), "方案可行，建议入库"));
        }
        send("supervisor", new AddProjectToLibraryCommand(PROJECT, LibraryState.RESERVE, "揭榜挂帅成果转化项目，先行入库储备"));
    }

    private Optional<SubsidyProject> subsidyProject() {
        return queries.query(new FindSubsidyProjectQuery(PROJECT), ResponseTypes.optionalInstanceOf(
                SubsidyProject.class)).join();
    }

    private boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private boolean has(String aggregateId, Class<?> type) {
        return exists(aggregateId) && eventStore.readEvents(aggregateId, 0L).asStream()
                .map(DomainEventMessage::getPayloadType).anyMatch(type::equals);
    }

    private static boolean waitUntil(BooleanSupplier condition) {
        Instant end = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                return false;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private Actor actor(String username) {
        DemoAccount account = accounts.get(username);
        if (account == null) {
            throw new IllegalStateException("no demo account " + username);
        }
        return new Actor(UserAccountId.forUsername(username).toString(), username, account.displayName(),
                account.role(), account.clusterIds(), account.city(), account.organization());
    }

    private void send(String username, Object command) {
        sendAs(actor(username), command);
    }

    private void sendAs(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        afterStart.shutdownNow();
    }
}
