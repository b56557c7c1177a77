package org.clusterhub.project.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterhub.project.command.ProjectTestData.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.clusterhub.project.api.AssignSectionsCommand;
import org.clusterhub.project.api.SectionsAssignedEvent;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.AddParticipantCommand;
import org.clusterhub.project.api.BudgetLineAddedEvent;
import org.clusterhub.project.api.BudgetLineRemovedEvent;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.IndicatorRemovedEvent;
import org.clusterhub.project.api.IndicatorRevisedEvent;
import org.clusterhub.project.api.MilestoneRemovedEvent;
import org.clusterhub.project.api.MilestoneRevisedEvent;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOverviewRevisedEvent;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectSubmittedEvent;
import org.clusterhub.project.api.RemoveBudgetLineCommand;
import org.clusterhub.project.api.RemoveIndicatorCommand;
import org.clusterhub.project.api.RemoveMilestoneCommand;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseIndicatorCommand;
import org.clusterhub.project.api.ReviseMilestoneCommand;
import org.clusterhub.project.api.ReviseProjectOverviewCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.EditConflict;
import org.clusterhub.shared.Role;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edits against the version their author saw (ADR 006): a change by someone else to the same part refuses the edit
 * with that change; changes to other parts do not. Axon's test fixture loads through an event-sourcing repository, so
 * its {@code ConflictResolver} is the real one; the last tests run the same through a command bus without the fixture.
 */
class ProjectEditConflictTest extends ProjectFixtureTest {

    /** The version both editors saw: the complete draft. */
    private static final long SEEN = completeDraft().size() - 1;

    /** A second person of the cluster's staff, who may edit every part, including the overview. */
    private static final Actor SECOND_STAFF = new Actor("u-staff2", "wuqiang", "吴强", Role.PROMOTION_STAFF,
            Set.of(CLUSTER.toString()), City.WEIFANG, "山东省农业机械科学研究院");

    private static final ProjectSectionRevisedEvent ALICE_AIMS = new ProjectSectionRevisedEvent(ID,
            ProjectSection.AIMS, "甲：三年服务一千家企业");

    /** The complete draft, then {@code theirs} as changed by {@link ProjectTestData#STAFF} (张敏). */
    private static List<Object> changedByStaff(Object... theirs) {
        List<Object> history = completeDraft();
        for (Object event : theirs) {
            history = plus(history, GenericEventMessage.asEventMessage(event).andMetaData(as(STAFF)));
        }
        return history;
    }

    private static Matcher<EditConflict> conflict(String part, long currentVersion, Object theirChange) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(EditConflict conflict) {
                return part.equals(conflict.part()) && conflict.currentVersion() == currentVersion
                        && theirChange.equals(conflict.theirChange()) && "张敏".equals(conflict.theirName())
                        && NOW.equals(conflict.theirTime());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("EditConflict on " + part + " at version " + currentVersion + " with "
                        + theirChange + " by 张敏 at " + NOW);
            }

            @Override
            protected void describeMismatchSafely(EditConflict conflict, Description mismatch) {
                mismatch.appendText("was on " + conflict.part() + " at version " + conflict.currentVersion() + " with "
                        + conflict.theirChange() + " by " + conflict.theirName() + " at " + conflict.theirTime());
            }
        };
    }

    // ---- with the fixture -----------------------------------------------------------------------------------

    static Stream<Arguments> samePart() {
        LocalDate due = LocalDate.of(2026, 10, 31);
        return Stream.of(
                Arguments.of(new ProjectOverviewRevisedEvent(ID, ProjectKind.PUBLIC_ENTITY, "甲的标题", "李娜", 2026, 2027),
                        new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_SERVICE_PLATFORM, "乙的标题", "王强",
                                2026, 2027, SEEN), "overview"),
                Arguments.of(ALICE_AIMS, new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "乙的目标", SEEN),
                        "section:AIMS"),
                Arguments.of(new BudgetLineRevisedEvent(ID, "L1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY,
                                money("280.00")),
                        new ReviseBudgetLineCommand(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                                money("320"), SEEN), "budget:L1"),
                Arguments.of(new BudgetLineRemovedEvent(ID, "L1"),
                        new ReviseBudgetLineCommand(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                                money("320"), SEEN), "budget:L1"),
                Arguments.of(new BudgetLineRevisedEvent(ID, "L1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY,
                                money("280.00")), new RemoveBudgetLineCommand(ID, "L1", SEEN), "budget:L1"),
                Arguments.of(new MilestoneRevisedEvent(ID, "M1", "检测中心建成", due, "报告", LEAD),
                        new ReviseMilestoneCommand(ID, "M1", "检测中心投用", M1_DUE, "报告", LEAD, SEEN), "milestone:M1"),
                Arguments.of(new MilestoneRemovedEvent(ID, "M1"), new RemoveMilestoneCommand(ID, "M1", SEEN),
                        "milestone:M1"),
                Arguments.of(new IndicatorRevisedEvent(ID, "K1", "服务企业数量", "家", money("150")),
                        new ReviseIndicatorCommand(ID, "K1", "服务企业数", "家", money("130"), SEEN), "indicator:K1"),
                Arguments.of(new IndicatorRemovedEvent(ID, "K1"),
                        new ReviseIndicatorCommand(ID, "K1", "服务企业数", "家", money("130"), SEEN), "indicator:K1"),
                Arguments.of(new IndicatorRevisedEvent(ID, "K1", "服务企业数量", "家", money("150")),
                        new RemoveIndicatorCommand(ID, "K1", SEEN), "indicator:K1"),
                Arguments.of(new SectionsAssignedEvent(ID, PARTNER, Set.of(ProjectSection.AIMS)),
                        new AssignSectionsCommand(ID, PARTNER, Set.of(ProjectSection.BUDGET), SEEN),
                        "participant:" + PARTNER));
    }

    @ParameterizedTest
    @MethodSource("samePart")
    void aSecondEditOfTheSamePartIsRefusedWithTheFirstChange(Object theirs, Object mine, String part) {
        given(changedByStaff(theirs))
                .when(mine, as(SECOND_STAFF))
                .expectException(conflict(part, SEEN + 1, theirs))
                .expectNoEvents();
    }

    static Stream<Arguments> otherParts() {
        return Stream.of(
                Arguments.of(ALICE_AIMS, new ReviseProjectSectionCommand(ID, ProjectSection.CONTENT, "乙的内容", SEEN)),
                Arguments.of(ALICE_AIMS, new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                        "乙的标题", "王强", 2026, 2027, SEEN)),
                Arguments.of(new BudgetLineRevisedEvent(ID, "L2", "运维系统", FundingSource.ENTERPRISE_FUNDS,
                        money("190.00")), new ReviseBudgetLineCommand(ID, "L1", "检测设备购置",
                        FundingSource.PROVINCIAL_SUBSIDY, money("320"), SEEN)),
                Arguments.of(new BudgetLineAddedEvent(ID, "L4", "场地租赁", FundingSource.OWN_FUNDS, money("20.00")),
                        new RemoveBudgetLineCommand(ID, "L1", SEEN)),
                Arguments.of(new MilestoneRemovedEvent(ID, "M2"),
                        new ReviseMilestoneCommand(ID, "M1", "检测中心投用", M1_DUE, "报告", LEAD, SEEN)),
                Arguments.of(new ProjectSectionRevisedEvent(ID, ProjectSection.CONTENT, "甲的内容"),
                        new ReviseIndicatorCommand(ID, "K1", "服务企业数", "家", money("130"), SEEN)),
                Arguments.of(ALICE_AIMS, new AssignSectionsCommand(ID, PARTNER, Set.of(ProjectSection.BUDGET), SEEN)));
    }

    @ParameterizedTest
    @MethodSource("otherParts")
    void editsOfOtherPartsPassAgainstAnOlderVersion(Object theirs, Object mine) {
        given(changedByStaff(theirs))
                .when(mine, as(SECOND_STAFF))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theConflictNamesTheChangeToThePartAmongSeveralUnseenOnes() {
        BudgetLineRevisedEvent other = new BudgetLineRevisedEvent(ID, "L2", "运维系统", FundingSource.ENTERPRISE_FUNDS,
                money("190.00"));
        given(changedByStaff(other, ALICE_AIMS, new ProjectSectionRevisedEvent(ID, ProjectSection.CONTENT, "甲的内容")))
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "乙的目标", SEEN), as(LEAD_MEMBER))
                .expectException(conflict("section:AIMS", SEEN + 3, ALICE_AIMS));
    }

    @Test
    void anEditSentAgainAgainstTheCurrentVersionIsApplied() {
        given(changedByStaff(ALICE_AIMS))
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "乙的目标", SEEN + 1), as(LEAD_MEMBER))
                .expectEvents(new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "乙的目标"));
    }

    @Test
    void aLifecycleCommandWithAnOldVersionIsRefused() {
        // SubmitProjectCommand has no ConflictResolver parameter: any unseen event refuses it, even one that changed
        // an unrelated part, because the submitter approved a version that no longer exists.
        List<Object> history = changedByStaff(new BudgetLineRevisedEvent(ID, "L2", "运维系统",
                FundingSource.ENTERPRISE_FUNDS, money("190.00")));
        given(history)
                .when(new SubmitProjectCommand(ID, SEEN), as(STAFF))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
        given(history)
                .when(new SubmitProjectCommand(ID, SEEN + 2), as(STAFF))
                .expectException(ConflictingAggregateVersionException.class);
        given(history)
                .when(new SubmitProjectCommand(ID, SEEN + 1), as(STAFF))
                .expectEvents(new ProjectSubmittedEvent(ID, CITY, TODAY.plusDays(10)));
    }

    // ---- through Axon's command bus and repository, without the fixture -------------------------------------

    /** Drafts the complete project through commands and returns its version. */
    private static long draftThrough(ProjectCommandBus project) {
        project.send(new DraftProjectCommand(ID, CLUSTER, ProjectKind.PUBLIC_SERVICE_PLATFORM, "智慧农机公共服务平台建设",
                LEAD, CITY, PERSON_IN_CHARGE, 2026, 2027), STAFF);
        project.send(new AddParticipantCommand(ID, PARTNER, City.TAIAN,
                Set.of(ProjectSection.BUDGET, ProjectSection.MILESTONES)), STAFF);
        project.send(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, aims().text(), null), STAFF);
        project.send(new ReviseProjectSectionCommand(ID, ProjectSection.CONTENT, content().text(), null), STAFF);
        project.send(new AddBudgetLineCommand(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                money("300")), STAFF);
        project.send(new AddBudgetLineCommand(ID, "L2", "远程运维系统开发", FundingSource.ENTERPRISE_FUNDS,
                money("200")), PARTNER_MEMBER);
        project.send(new AddMilestoneCommand(ID, "M1", "检测中心建成", M1_DUE, "检测中心验收报告", LEAD), STAFF);
        project.send(new AddIndicatorCommand(ID, "K1", "服务企业数量", "家", money("120")), STAFF);
        return project.version(ID.toString());
    }

    @Test
    void twoPeopleEditingTheSameSectionThroughTheCommandBus() {
        try (ProjectCommandBus project = ProjectCommandBus.withoutSnapshots()) {
            long seen = draftThrough(project);
            project.send(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "甲的目标", seen), STAFF);

            assertThatThrownBy(() -> project.send(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "乙的目标",
                    seen), LEAD_MEMBER))
                    .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                        assertThat(conflict.part()).isEqualTo("section:AIMS");
                        assertThat(conflict.currentVersion()).isEqualTo(seen + 1);
                        assertThat(conflict.theirChange()).isEqualTo(
                                new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "甲的目标"));
                        assertThat(conflict.theirName()).isEqualTo(STAFF.displayName());
                        assertThat(conflict.theirTime()).isEqualTo(NOW);
                    });
            assertThat(project.version(ID.toString())).isEqualTo(seen + 1);

            project.send(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "乙的目标", seen + 1), LEAD_MEMBER);
            assertThat(project.events(ID.toString()).get((int) seen + 2).getPayload())
                    .isEqualTo(new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "乙的目标"));
        }
    }

    @Test
    void peopleEditingDifferentPartsThroughTheCommandBusAllSucceed() {
        try (ProjectCommandBus project = ProjectCommandBus.withoutSnapshots()) {
            long seen = draftThrough(project);
            project.send(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "甲的目标", seen), STAFF);
            project.send(new ReviseBudgetLineCommand(ID, "L1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY,
                    money("280"), seen), PARTNER_MEMBER);
            project.send(new ReviseBudgetLineCommand(ID, "L2", "运维系统", FundingSource.ENTERPRISE_FUNDS,
                    money("190"), seen), LEAD_MEMBER);
            project.send(new ReviseMilestoneCommand(ID, "M1", "检测中心投用", M1_DUE, "投用报告", LEAD, seen), STAFF);
            assertThat(project.version(ID.toString())).isEqualTo(seen + 4);

            assertThatThrownBy(() -> project.send(new RemoveBudgetLineCommand(ID, "L1", seen), STAFF))
                    .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                        assertThat(conflict.part()).isEqualTo("budget:L1");
                        assertThat(conflict.theirName()).isEqualTo(PARTNER_MEMBER.displayName());
                    });
        }
    }

    @Test
    void aStaleSubmissionThroughTheCommandBusIsRefusedAndStoresNothing() {
        try (ProjectCommandBus project = ProjectCommandBus.withoutSnapshots()) {
            long seen = draftThrough(project);
            project.send(new ReviseBudgetLineCommand(ID, "L2", "运维系统", FundingSource.ENTERPRISE_FUNDS,
                    money("190"), seen), PARTNER_MEMBER);

            assertThatThrownBy(() -> project.send(new SubmitProjectCommand(ID, seen), STAFF))
                    .isInstanceOf(ConflictingAggregateVersionException.class);
            assertThat(project.version(ID.toString())).isEqualTo(seen + 1);

            project.send(new SubmitProjectCommand(ID, seen + 1), STAFF);
            assertThat(project.events(ID.toString()).get((int) seen + 2).getPayload())
                    .isInstanceOf(ProjectSubmittedEvent.class);
        }
    }
}
