package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.project.ProjectScenario.SUPERVISOR;
import static org.clusterhub.app.project.ProjectScenario.staff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.subsidy.api.*;
import org.clusterhub.subsidy.command.SubsidyDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project subsidy's tranches become payable by the project's own events: approval (立项), a milestone reported
 * complete, acceptance passed (验收通过), each told to the programme by ClusterHub with the project event's
 * correlation id; and a grant made after a condition was met finds that tranche payable at once.
 */
@IntegrationTest
class ProjectSubsidyConditionsTest {

    static final String LEAD = "青岛海洋装备测试中心";

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    SubsidyDirectory directory;

    ProjectScenario scenario;
    ClusterId cluster;
    Actor staff;

    @BeforeEach
    void setUp() {
        scenario = new ProjectScenario(commands, queries, eventStore);
        ProjectScenario.shiftClock(Duration.ofDays(-10));
        cluster = scenario.freshCluster(City.QINGDAO);
        staff = staff("staff-subsidy", cluster, City.QINGDAO, "青岛海洋装备测试促进会");
    }

    @AfterEach
    void resetClock() {
        ProjectScenario.resetClock();
    }

    @Test
    void approvalMilestoneAndAcceptanceMakeTheirTranchesPayable() {
        ProjectId project = scenario.draft(staff, cluster, "海洋装备检测公共服务平台", LEAD, City.QINGDAO);
        scenario.complete(staff, project, "600", "400", LocalDate.of(2027, 6, 30), LEAD);
        scenario.reviewed(staff, project, City.QINGDAO);
        scenario.send(SUPERVISOR, new AddProjectToLibraryCommand(project, LibraryState.RESERVE, "评审通过，先行入库储备"));
        awaitInLibrary(project);

        FundingProgrammeId programme = FundingProgrammeId.create();
        GrantId grant = GrantId.create();
        scenario.send(SUPERVISOR, new DefineFundingProgrammeCommand(programme, 2026, ProgrammeKind.PROJECT_SUBSIDY,
                "项目库补助（测试）", null, new BigDecimal("5000")));
        scenario.send(SUPERVISOR, new AwardGrantCommand(programme, grant, RecipientKind.PROJECT, project, null, null,
                null, new BigDecimal("600"), "项目库项目补助", List.of(
                new TranchePlan(new BigDecimal("240"), TrancheCondition.PROJECT_APPROVED, null, null),
                new TranchePlan(new BigDecimal("180"), TrancheCondition.MILESTONE_COMPLETED, "m1", null),
                new TranchePlan(new BigDecimal("180"), TrancheCondition.PROJECT_ACCEPTED, null, null))));
        GrantAwardedEvent awarded = payloads(programme, GrantAwardedEvent.class).get(0);
        assertThat(awarded.organization()).isEqualTo(LEAD);
        assertThat(awarded.clusterId()).isEqualTo(cluster);
        assertThat(awarded.city()).isEqualTo(City.QINGDAO);
        assertThat(awarded.tranches().get(1).milestoneTitle()).isEqualTo("实验室建成");
        assertThat(payloads(programme, TrancheBecamePayableEvent.class)).as("nothing met yet").isEmpty();

        scenario.approveAndEndPublicity(project);
        scenario.send(SUPERVISOR, new ConfirmApprovalCommand(project, LibraryState.IMPLEMENTATION));
        assertThat(awaitPayable(programme, 1).condition()).isEqualTo(TrancheCondition.PROJECT_APPROVED);

        scenario.send(staff, new ReportMilestoneProgressCommand(project, "m1", 100, "实验室已建成并通过CNAS评审",
                List.of()));
        TrancheBecamePayableEvent milestone = awaitPayable(programme, 2);
        assertThat(milestone.evidence()).isEqualTo("实验室建成");
        assertThat(metaOf(programme, TrancheBecamePayableEvent.class, 2, "traceId"))
                .as("the tranche traces back to the milestone report (the same user action)")
                .isEqualTo(metaOf(project, MilestoneProgressReportedEvent.class, -1, "traceId"));

        scenario.send(staff, new RequestAcceptanceCommand(project, "项目建设内容全部完成，申请验收。"));
        scenario.send(SUPERVISOR, new RecordAcceptanceResultCommand(project, AcceptanceResult.PASS, "同意通过验收"));
        assertThat(awaitPayable(programme, 3).condition()).isEqualTo(TrancheCondition.PROJECT_ACCEPTED);
        assertThat(payloads(programme, TrancheBecamePayableEvent.class)).as("each tranche once").hasSize(3);

        // A later grant to the same project finds the approval and the milestone met already.
        FundingProgrammeId later = FundingProgrammeId.create();
        scenario.send(SUPERVISOR, new DefineFundingProgrammeCommand(later, 2027, ProgrammeKind.PROJECT_SUBSIDY,
                "项目库补助（追加）", null, new BigDecimal("1000")));
        scenario.send(SUPERVISOR, new AwardGrantCommand(later, GrantId.create(), RecipientKind.PROJECT, project,
                null, null, null, new BigDecimal("100"), "追加补助", List.of(
                new TranchePlan(new BigDecimal("60"), TrancheCondition.MILESTONE_COMPLETED, "m1", null),
                new TranchePlan(new BigDecimal("40"), TrancheCondition.SUPERVISOR_CONFIRMATION, null, "绩效评价优秀"))));
        assertThat(awaitPayable(later, 1).condition()).isEqualTo(TrancheCondition.MILESTONE_COMPLETED);
    }

    private void awaitInLibrary(ProjectId project) {
        Optional<SubsidyProject> known = ReadModelWait.until(() -> directory.project(project),
                SubsidyProject::inLibrary, Duration.ofSeconds(30));
        assertThat(known).hasValueSatisfying(p -> assertThat(p.inLibrary()).isTrue());
    }

    private TrancheBecamePayableEvent awaitPayable(FundingProgrammeId programme, int tranche) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Optional<TrancheBecamePayableEvent> found = payloads(programme, TrancheBecamePayableEvent.class).stream()
                    .filter(e -> e.tranche() == tranche).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            ProjectScenario.sleep(50);
        }
        throw new AssertionError("tranche " + tranche + " of " + programme + " did not become payable");
    }

    private <T> List<T> payloads(Object aggregateId, Class<T> type) {
        return eventStore.readEvents(aggregateId.toString(), 0L).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** A metadata value of the {@code type} event (of tranche {@code tranche}; -1: the last one). */
    private Object metaOf(Object aggregateId, Class<?> type, int tranche, String key) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId.toString(), 0L).asStream()
                .filter(e -> type.isInstance(e.getPayload()))
                .filter(e -> tranche < 0 || ((TrancheBecamePayableEvent) e.getPayload()).tranche() == tranche)
                .toList();
        Object value = events.get(events.size() - 1).getMetaData().get(key);
        assertThat(value).as(key + " of " + type.getSimpleName()).isNotNull();
        return value;
    }
}
