package org.clusterhub.project.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterhub.project.command.ProjectTestData.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.AddParticipantCommand;
import org.clusterhub.project.api.AnswerObjectionCommand;
import org.clusterhub.project.api.ApproveProjectCommand;
import org.clusterhub.project.api.AttachProjectDocumentCommand;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ChangeProposal;
import org.clusterhub.project.api.ChangeRequestApprovedEvent;
import org.clusterhub.project.api.ConfirmApprovalCommand;
import org.clusterhub.project.api.DecideChangeRequestCommand;
import org.clusterhub.project.api.DeclareConflictOfInterestCommand;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.DrawExpertPanelCommand;
import org.clusterhub.project.api.ExpenditureRecordedEvent;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.LockExpertScoresCommand;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.PublicityEndedEvent;
import org.clusterhub.project.api.RaiseObjectionCommand;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.RecordExpenditureCommand;
import org.clusterhub.project.api.ReportMilestoneProgressCommand;
import org.clusterhub.project.api.RequestChangeCommand;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.EditConflict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Project snapshots (taken after every few events, see {@code projectSnapshotTrigger}) written with Axon's
 * {@link JacksonSerializer} and read back: the restored aggregate must equal the one its events rebuild, and must
 * decide the next commands the same way (spending limits, pending changes, completed milestones, edit conflicts).
 */
class ProjectSnapshotTest {

    private static final String PROJECT = ID.toString();

    /**
     * The ObjectMappers the app's snapshot serializer may get. With Spring Boot's Jackson auto-configuration present
     * (it is, through spring-boot-starter-web), Axon's {@code defaultAxonObjectMapper} steps back and Axon takes
     * Boot's mapper; Axon's own default is {@code new ObjectMapper().findAndRegisterModules()}.
     */
    static Stream<Arguments> objectMappers() {
        return Stream.of(Arguments.of("Spring Boot's ObjectMapper, as the app's serializer uses it", BOOT_MAPPER),
                Arguments.of("Axon's default ObjectMapper", new ObjectMapper().findAndRegisterModules()));
    }

    private static final ObjectMapper BOOT_MAPPER = bootMapper();

    private static ObjectMapper bootMapper() {
        AtomicReference<ObjectMapper> boot = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        ObjectMapperAutoConfiguration.class))
                .withPropertyValues("axon.serializer.general=jackson",
                        "spring.jackson.serialization.write-dates-as-timestamps=false")
                .run(context -> boot.set(context.containsBean("defaultAxonObjectMapper")
                        ? context.getBean("defaultAxonObjectMapper", ObjectMapper.class)
                        : context.getBean(ObjectMapper.class)));
        return boot.get();
    }

    private static Instant afterDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }

    /** From draft to implementation, through commands, with every kind of state the aggregate keeps. */
    private static void runThroughItsLifecycle(ProjectCommandBus project) {
        project.send(new DraftProjectCommand(ID, CLUSTER, ProjectKind.PUBLIC_SERVICE_PLATFORM, "智慧农机公共服务平台建设",
                LEAD, CITY, PERSON_IN_CHARGE, 2026, 2027), STAFF);
        project.send(new AddParticipantCommand(ID, PARTNER, City.TAIAN,
                Set.of(ProjectSection.BUDGET, ProjectSection.MILESTONES)), STAFF);
        project.send(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, aims().text(), null), STAFF);
        project.send(new ReviseProjectSectionCommand(ID, ProjectSection.CONTENT, content().text(), null), LEAD_MEMBER);
        project.send(new AddBudgetLineCommand(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                money("300")), STAFF);
        project.send(new AddBudgetLineCommand(ID, "L2", "远程运维系统开发", FundingSource.ENTERPRISE_FUNDS,
                money("200")), PARTNER_MEMBER);
        project.send(new AddBudgetLineCommand(ID, "L3", "农机手培训", FundingSource.PROVINCIAL_SUBSIDY,
                money("50.5")), STAFF);
        project.send(new AddMilestoneCommand(ID, "M1", "检测中心建成", M1_DUE, "检测中心验收报告", LEAD), STAFF);
        project.send(new AddMilestoneCommand(ID, "M2", "培训基地运行", M2_DUE, "培训记录", PARTNER), PARTNER_MEMBER);
        project.send(new AddIndicatorCommand(ID, "K1", "服务企业数量", "家", money("120")), STAFF);
        project.send(new SubmitProjectCommand(ID, null), STAFF);
        project.send(new RecommendProjectCommand(ID, "同意推荐"), COORDINATOR);
        project.send(new DrawExpertPanelCommand(ID, List.of(E1, E2, E3, E_PARTNER), 3, CRITERIA, REVIEW_DUE, 42L),
                SUPERVISOR);
        for (ExpertCandidate expert : List.of(E1, E2, E3)) {
            project.send(new DeclareConflictOfInterestCommand(ID, false, null), expert(expert));
        }
        project.send(new LockExpertScoresCommand(ID, lockedE1().scores(), "建议压缩设备预算"), expert(E1));
        project.send(new LockExpertScoresCommand(ID, lockedE2().scores(), null), expert(E2));
        project.send(new LockExpertScoresCommand(ID, lockedE3().scores(), null), expert(E3));
        project.send(new ApproveProjectCommand(ID, "同意立项", 5, TODAY), SUPERVISOR);
        project.send(new RaiseObjectionCommand(ID, "O1", "赵磊", "潍坊市丰收农机专业合作社", "检测设备单价明显高于市场价格"),
                OUTSIDER_MEMBER);
        project.send(new AnswerObjectionCommand(ID, "O1", "单价经三家询价确定"), STAFF);
        project.advanceTimeTo(afterDay(PUBLICITY_END));
        project.send(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), SUPERVISOR);
        project.send(new AttachProjectDocumentCommand(ID, "A1", "evidence", "A1.pdf", "application/pdf", 2048,
                "a".repeat(64)), LEAD_MEMBER);
        project.send(new ReportMilestoneProgressCommand(ID, "M1", 100, "检测中心建成", List.of("A1")), LEAD_MEMBER);
        project.send(new RecordExpenditureCommand(ID, "L2", money("150"), "服务器与软件"), LEAD_MEMBER);
        project.send(new RequestChangeCommand(ID, "C1", ChangeKind.BUDGET, "设备涨价",
                new ChangeProposal(null, null, null, Map.of("L1", money("400.00")), null, null)), LEAD_MEMBER);
        project.send(new DecideChangeRequestCommand(ID, "C1", true, "同意"), SUPERVISOR);
        project.send(new RecordExpenditureCommand(ID, "L1", money("350"), "检测设备"), LEAD_MEMBER);
        project.send(new RequestChangeCommand(ID, "C2", ChangeKind.PERIOD, "培训基地延期",
                new ChangeProposal(null, null, 2028, null, null, null)), LEAD_MEMBER);
    }

    /** The same project rebuilt from all of its events, with no snapshot involved. */
    private static Project fromEventsOnly(List<DomainEventMessage<?>> events) {
        try (ProjectCommandBus replay = ProjectCommandBus.withoutSnapshots()) {
            replay.engine.appendEvents(events);
            return replay.load(PROJECT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectMappers")
    void aRestoredSnapshotEqualsTheAggregateItsEventsRebuild(String name, ObjectMapper objectMapper)
            throws Exception {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(objectMapper).build();
        try (ProjectCommandBus project = ProjectCommandBus.withSnapshots(serializer, 5)) {
            runThroughItsLifecycle(project);
            assertThat(project.events(PROJECT)).anySatisfy(
                    event -> assertThat(event.getPayload()).isInstanceOf(PublicityEndedEvent.class));
            // Snapshots were taken along the way, and later commands loaded the project from them.
            assertThat(project.engine.snapshot(PROJECT)).isPresent();
            assertThat(project.engine.snapshotsRead).isPositive();

            project.snapshotter.scheduleSnapshot(Project.class, PROJECT);
            ProjectCommandBus.SnapshotStorage.StoredSnapshot stored = project.engine.snapshot(PROJECT).orElseThrow();
            assertThat(stored.sequenceNumber()).isEqualTo(project.version(PROJECT));

            Project restored = project.load(PROJECT);
            assertThat(restored).usingRecursiveComparison().isEqualTo(fromEventsOnly(project.events(PROJECT)));
            // Read with exact decimals, so that 400.00 written and 400.0 read back would differ.
            ObjectMapper exact = objectMapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
            JsonNode written = exact.readTree(stored.payload().getData());
            assertThat(written.at("/budgetLines/L1/approvedAmount").decimalValue()).isEqualTo(money("400.00"));
            assertThat(exact.readTree(serializer.serialize(restored, byte[].class).getData())).isEqualTo(written);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectMappers")
    void aRestoredSnapshotDecidesLikeTheFullHistory(String name, ObjectMapper objectMapper) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(objectMapper).build();
        try (ProjectCommandBus project = ProjectCommandBus.withSnapshots(serializer, 5)) {
            runThroughItsLifecycle(project);
            project.snapshotter.scheduleSnapshot(Project.class, PROJECT);
            int readsBefore = project.engine.snapshotsRead;

            // L2: 150.00 of 200.00 spent. L1: raised to 400.00 by the approved change, 350.00 spent.
            assertThatThrownBy(() -> project.send(new RecordExpenditureCommand(ID, "L2", money("50.01"), "超支"),
                    LEAD_MEMBER))
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            violation -> assertThat(violation.messageKey()).isEqualTo("project.error.overspent"));
            assertThatThrownBy(() -> project.send(new RecordExpenditureCommand(ID, "L1", money("50.01"), "超支"),
                    LEAD_MEMBER))
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            violation -> assertThat(violation.messageKey()).isEqualTo("project.error.overspent"));
            project.send(new RecordExpenditureCommand(ID, "L2", money("50"), "尾款"), LEAD_MEMBER);
            assertThat(lastPayload(project)).isEqualTo(
                    new ExpenditureRecordedEvent(ID, "L2", money("50.00"), "尾款", money("200.00")));

            assertThatThrownBy(() -> project.send(new ReportMilestoneProgressCommand(ID, "M1", 100, "再次报告",
                    List.of()), LEAD_MEMBER))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, violation ->
                            assertThat(violation.messageKey()).isEqualTo("project.error.milestoneCompleted"));
            assertThatThrownBy(() -> project.send(new RequestChangeCommand(ID, "C3", ChangeKind.PERIOD, "再延期",
                    new ChangeProposal(null, null, 2029, null, null, null)), LEAD_MEMBER))
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            violation -> assertThat(violation.messageKey()).isEqualTo("project.error.changePending"));
            project.send(new DecideChangeRequestCommand(ID, "C2", true, "同意延期"), SUPERVISOR);
            assertThat(lastPayload(project)).isEqualTo(new ChangeRequestApprovedEvent(ID, "C2", ChangeKind.PERIOD,
                    new ChangeProposal(null, null, 2028, null, null, null), "同意延期"));

            assertThat(project.engine.snapshotsRead).isGreaterThan(readsBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectMappers")
    void editConflictsAreStillDetectedOnASnapshottedDraft(String name, ObjectMapper objectMapper) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(objectMapper).build();
        ProjectId draft = ProjectId.of("0d9a8f2e-3c1b-4e5f-8a7b-6c5d4e3f2a1b");
        try (ProjectCommandBus project = ProjectCommandBus.withSnapshots(serializer, 5)) {
            project.send(new DraftProjectCommand(draft, CLUSTER, ProjectKind.CAPACITY_BUILDING, "促进机构能力建设", LEAD,
                    CITY, PERSON_IN_CHARGE, 2026, 2027), STAFF);
            for (int i = 1; i <= 6; i++) {
                project.send(new AddBudgetLineCommand(draft, "L" + i, "预算条目" + i, FundingSource.OWN_FUNDS,
                        money("10")), STAFF);
            }
            long seen = project.version(draft.toString());
            project.send(new ReviseBudgetLineCommand(draft, "L3", "场地改造", FundingSource.OWN_FUNDS, money("12"),
                    seen), STAFF);
            assertThat(project.engine.snapshot(draft.toString())).isPresent();

            assertThatThrownBy(() -> project.send(new ReviseBudgetLineCommand(draft, "L3", "场地租赁",
                    FundingSource.CITY_FUNDS, money("15"), seen), LEAD_MEMBER))
                    .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                        assertThat(conflict.part()).isEqualTo("budget:L3");
                        assertThat(conflict.theirName()).isEqualTo(STAFF.displayName());
                        assertThat(conflict.currentVersion()).isEqualTo(seen + 1);
                    });
            project.send(new ReviseBudgetLineCommand(draft, "L4", "培训教材", FundingSource.OWN_FUNDS, money("8"),
                    seen), LEAD_MEMBER);
            assertThat(project.version(draft.toString())).isEqualTo(seen + 2);
        }
    }

    private static Object lastPayload(ProjectCommandBus project) {
        List<DomainEventMessage<?>> events = project.events(PROJECT);
        return events.get(events.size() - 1).getPayload();
    }
}
