package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.seed.DemoAccountSeeder.DemoAccount;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.subsidy.api.*;
import org.clusterhub.subsidy.command.SubsidyDirectory;
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
 * Demo funding programmes (奖补), created at first start of the demo profile through commands sent as the supervisor:
 * the 2026 national cluster competition awards (青岛轨道交通 half paid, the rest waiting for the yearly evaluation;
 * 潍坊清洁能源动力 payable), an award to 潍柴动力 (paid: {@code member-weichai} sees it), a 2025 zone award to 济南 paid
 * and the programme closed, and the 2026 project library subsidies. Project grants wait until the demo projects are
 * approved into the library (their publicity ends in real time after start), then the approval tranche becomes
 * payable by itself and the seeder pays the rail project's. Ids derive from stable codes: what exists is left alone.
 *
 * @see <a href="../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "clusterhub.seed.demo-subsidies", havingValue = "true")
class DemoSubsidySeeder implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoSubsidySeeder.class);
    private static final Duration PROJECT_PATIENCE = Duration.ofMinutes(3);

    static final FundingProgrammeId CLUSTER_AWARDS = FundingProgrammeId.forSeedCode("2026-national-cluster-awards");
    static final FundingProgrammeId FIRST_OF_A_KIND = FundingProgrammeId.forSeedCode("2026-first-of-a-kind");
    static final FundingProgrammeId ZONE_AWARDS = FundingProgrammeId.forSeedCode("2025-national-zone-awards");
    static final FundingProgrammeId PROJECT_SUBSIDIES = FundingProgrammeId.forSeedCode("2026-project-subsidies");
    static final GrantId RAIL_AWARD = GrantId.forSeedCode("2026-award-rail");
    static final GrantId POWER_AWARD = GrantId.forSeedCode("2026-award-power");
    static final GrantId WEICHAI_AWARD = GrantId.forSeedCode("2026-first-of-a-kind-weichai");
    static final GrantId JINAN_AWARD = GrantId.forSeedCode("2025-zone-jinan");
    static final GrantId RAIL_PARTS = GrantId.forSeedCode("2026-subsidy-rail-parts");
    static final GrantId XINCHUANG = GrantId.forSeedCode("2026-subsidy-xinchuang");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final MessageSource messages;
    private final SubsidyDirectory directory;
    private final ExecutorService afterStart = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-subsidies");
        thread.setDaemon(true);
        return thread;
    });
    private Actor supervisor;

    DemoSubsidySeeder(CommandGateway commands, QueryGateway queries, EventStore eventStore, MessageSource messages,
                      SubsidyDirectory directory) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.messages = messages;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, DemoAccount> accounts = new HashMap<>();
        DemoAccountSeeder.accounts(PlanSeeder.readPlan(), messages).forEach(a -> accounts.put(a.username(), a));
        DemoAccount account = accounts.get("supervisor");
        supervisor = new Actor(UserAccountId.forUsername("supervisor").toString(), "supervisor",
                account.displayName(), account.role(), account.clusterIds(), account.city(), account.organization());
        // On a first start the plan's clusters were just registered: the programmes learn them from the events.
        ClusterId rail = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
        ClusterId power = ClusterId.forPlanCode("weifang-clean-energy-power-equipment");
        if (!waitUntil(() -> directory.cluster(rail).isPresent() && directory.cluster(power).isPresent())) {
            log.warn("Demo subsidies: the clusters are not known to the programmes yet; nothing seeded");
            return;
        }
        int created = 0;
        LocalDate today = LocalDate.now(ReportingPeriod.SHANGHAI);
        if (!exists(CLUSTER_AWARDS)) {
            send(new DefineFundingProgrammeCommand(CLUSTER_AWARDS, 2026, ProgrammeKind.NATIONAL_CLUSTER_AWARD,
                    "2026年国家级先进制造业集群竞赛胜出奖励", "对在国家先进制造业集群竞赛中胜出集群的促进组织给予奖励，"
                            + "分两笔拨付：下达后拨付一半，年度促进组织评价合格后拨付其余。", wan("3000")));
            send(new AwardGrantCommand(CLUSTER_AWARDS, RAIL_AWARD, RecipientKind.ORGANIZATION, null, null,
                    rail, null, wan("1000"),
                    "青岛轨道交通装备产业集群在国家先进制造业集群竞赛中胜出", List.of(
                    new TranchePlan(wan("500"), TrancheCondition.ON_GRANT, null, null),
                    new TranchePlan(wan("500"), TrancheCondition.SUPERVISOR_CONFIRMATION, null,
                            "2026年度促进组织评价合格"))));
            send(new RecordTranchePaymentCommand(CLUSTER_AWARDS, RAIL_AWARD, 1, today.minusDays(20),
                    "鲁财工指〔2026〕12号", "第一笔奖励资金"));
            send(new AwardGrantCommand(CLUSTER_AWARDS, POWER_AWARD, RecipientKind.ORGANIZATION, null, null,
                    power, null, wan("800"),
                    "潍坊清洁能源动力装备产业集群在国家先进制造业集群竞赛中胜出", List.of(
                    new TranchePlan(wan("400"), TrancheCondition.ON_GRANT, null, null),
                    new TranchePlan(wan("400"), TrancheCondition.SUPERVISOR_CONFIRMATION, null,
                            "2026年度促进组织评价合格"))));
            created++;
        }
        if (!exists(FIRST_OF_A_KIND)) {
            send(new DefineFundingProgrammeCommand(FIRST_OF_A_KIND, 2026, ProgrammeKind.OTHER,
                    "2026年首台（套）技术装备奖励", "对集群内企业研制的首台（套）技术装备给予一次性奖励。", wan("1000")));
            send(new AwardGrantCommand(FIRST_OF_A_KIND, WEICHAI_AWARD, RecipientKind.ORGANIZATION, null,
                    "潍柴动力股份有限公司", power, City.WEIFANG,
                    wan("300"), "高效清洁发动机首台（套）奖励", List.of(
                    new TranchePlan(wan("300"), TrancheCondition.ON_GRANT, null, null))));
            send(new RecordTranchePaymentCommand(FIRST_OF_A_KIND, WEICHAI_AWARD, 1, today.minusDays(3),
                    "鲁财工指〔2026〕31号", null));
            created++;
        }
        if (!exists(ZONE_AWARDS)) {
            send(new DefineFundingProgrammeCommand(ZONE_AWARDS, 2025, ProgrammeKind.NATIONAL_ZONE_AWARD,
                    "2025年国家级制造业试验区示范区创建奖励", "对创建为国家级试验区示范区的城市给予奖励。", wan("1000")));
            send(new AwardGrantCommand(ZONE_AWARDS, JINAN_AWARD, RecipientKind.ORGANIZATION, null, "济南市人民政府",
                    null, City.JINAN, wan("500"), "济南市制造业高质量发展试验区创建成效突出", List.of(
                    new TranchePlan(wan("500"), TrancheCondition.ON_GRANT, null, null))));
            send(new RecordTranchePaymentCommand(ZONE_AWARDS, JINAN_AWARD, 1, today.minusDays(60),
                    "鲁财工指〔2025〕88号", null));
            send(new CloseFundingProgrammeCommand(ZONE_AWARDS, "年度奖励资金已全部拨付，余额按规定收回。"));
            created++;
        }
        if (!exists(PROJECT_SUBSIDIES)) {
            send(new DefineFundingProgrammeCommand(PROJECT_SUBSIDIES, 2026, ProgrammeKind.PROJECT_SUBSIDY,
                    "2026年省级大项目库项目补助", "对列入省级项目库的公共服务和重大项目按立项、里程碑和验收分笔补助。",
                    wan("5000")));
            created++;
        }
        log.info("Demo subsidies: 4 programmes defined, {} created now", created);
    }

    /** Project grants once the demo projects are in the library: their approval happens after start. */
    @EventListener(ApplicationReadyEvent.class)
    void grantProjectsAfterStart() {
        afterStart.execute(() -> {
            try {
                grantProject(RAIL_PARTS, "rail-parts-localization", List.of(
                        new TranchePlan(wan("240"), TrancheCondition.PROJECT_APPROVED, null, null),
                        new TranchePlan(wan("180"), TrancheCondition.MILESTONE_COMPLETED, "m1", null),
                        new TranchePlan(wan("180"), TrancheCondition.PROJECT_ACCEPTED, null, null)), wan("600"),
                        true);
                grantProject(XINCHUANG, "xinchuang-adaptation-center", List.of(
                        new TranchePlan(wan("250"), TrancheCondition.PROJECT_APPROVED, null, null),
                        new TranchePlan(wan("250"), TrancheCondition.PROJECT_ACCEPTED, null, null)), wan("500"),
                        false);
            } catch (RuntimeException e) {
                log.warn("Demo subsidies: project grants not seeded: {}", e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        afterStart.shutdownNow();
    }

    private void grantProject(GrantId grantId, String projectCode, List<TranchePlan> tranches, BigDecimal amount,
                              boolean payFirst) {
        if (has(PROJECT_SUBSIDIES, grantId, GrantAwardedEvent.class)) {
            return;
        }
        ProjectId projectId = DemoProjects.all(LocalDate.now(ReportingPeriod.SHANGHAI)).stream()
                .filter(spec -> spec.code().equals(projectCode)).findFirst().orElseThrow().projectId();
        if (!waitUntil(() -> project(projectId).filter(SubsidyProject::inLibrary).isPresent())) {
            log.info("Demo subsidies: project {} did not enter the library within {}; no grant", projectCode,
                    PROJECT_PATIENCE);
            return;
        }
        send(new AwardGrantCommand(PROJECT_SUBSIDIES, grantId, RecipientKind.PROJECT, projectId, null, null, null,
                amount, "省级大项目库项目补助", tranches));
        if (payFirst && waitUntil(() -> has(PROJECT_SUBSIDIES, grantId, TrancheBecamePayableEvent.class))) {
            send(new RecordTranchePaymentCommand(PROJECT_SUBSIDIES, grantId, 1,
                    LocalDate.now(ReportingPeriod.SHANGHAI), "鲁财工指〔2026〕45号", "立项后首笔补助"));
        }
        log.info("Demo subsidies: project {} granted", projectCode);
    }

    private Optional<SubsidyProject> project(ProjectId projectId) {
        return queries.query(new FindSubsidyProjectQuery(projectId), ResponseTypes.optionalInstanceOf(
                SubsidyProject.class)).join();
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition) {
        Instant end = Instant.now().plus(PROJECT_PATIENCE);
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

    private boolean exists(FundingProgrammeId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
    }

    private boolean has(FundingProgrammeId programmeId, GrantId grantId, Class<?> type) {
        if (!exists(programmeId)) {
            return false;
        }
        return eventStore.readEvents(programmeId.toString(), 0L).asStream().map(DomainEventMessage::getPayload)
                .anyMatch(payload -> type.isInstance(payload) && grantId.equals(grantOf(payload)));
    }

    private static GrantId grantOf(Object payload) {
        if (payload instanceof GrantAwardedEvent awarded) {
            return awarded.grantId();
        }
        return payload instanceof TrancheBecamePayableEvent payable ? payable.grantId() : null;
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(supervisor)),
                30, TimeUnit.SECONDS);
    }

    private static BigDecimal wan(String amount) {
        return new BigDecimal(amount);
    }
}
