package org.clusterhub.project.command;

import static org.clusterhub.project.command.ProjectTestData.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.ProjectOrigin;
import org.clusterhub.project.api.ProjectDraftedEvent;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.AddParticipantCommand;
import org.clusterhub.project.api.AssignSectionsCommand;
import org.clusterhub.project.api.AttachProjectDocumentCommand;
import org.clusterhub.project.api.BudgetLineRemovedEvent;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.EvaluationGrade;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.IndicatorRemovedEvent;
import org.clusterhub.project.api.IndicatorRevisedEvent;
import org.clusterhub.project.api.MilestoneAddedEvent;
import org.clusterhub.project.api.MilestoneRemovedEvent;
import org.clusterhub.project.api.MilestoneRevisedEvent;
import org.clusterhub.project.api.ParticipantAddedEvent;
import org.clusterhub.project.api.ParticipantRemovedEvent;
import org.clusterhub.project.api.ParticipantRole;
import org.clusterhub.project.api.ProjectClosedEvent;
import org.clusterhub.project.api.ProjectDocumentAttachedEvent;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOverviewRevisedEvent;
import org.clusterhub.project.api.ProjectReturnedEvent;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectWithdrawnEvent;
import org.clusterhub.project.api.RemoveBudgetLineCommand;
import org.clusterhub.project.api.RemoveIndicatorCommand;
import org.clusterhub.project.api.RemoveMilestoneCommand;
import org.clusterhub.project.api.RemoveParticipantCommand;
import org.clusterhub.project.api.ReviewStage;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseIndicatorCommand;
import org.clusterhub.project.api.ReviseMilestoneCommand;
import org.clusterhub.project.api.ReviseProjectOverviewCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.SectionsAssignedEvent;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drafting: the project's overview, text sections, participants, budget lines, milestones and indicators. */
class ProjectDraftingTest extends ProjectFixtureTest {

    @Test
    void draftingRecordsTheProjectAndItsLeadOrganizationWithEverySection() {
        fixture.givenNoPriorActivity()
                .when(new DraftProjectCommand(ID, CLUSTER, ProjectKind.PUBLIC_SERVICE_PLATFORM, " 智慧农机公共服务平台建设 ",
                        " " + LEAD + " ", CITY, " " + PERSON_IN_CHARGE + " ", 2026, 2027), as(STAFF))
                .expectSuccessfulHandlerExecution()
                .expectEvents(draftedEvent(),
                        new ParticipantAddedEvent(ID, LEAD, CITY, ParticipantRole.LEAD,
                                EnumSet.allOf(ProjectSection.class)));
    }

    @Test
    void aFollowUpProjectRecordsTheChallengeAndWinningBidItCameFrom() {
        ProjectOrigin origin = new ProjectOrigin("challenge-1", "bid-1");
        ProjectDraftedEvent plain = draftedEvent();
        fixture.givenNoPriorActivity()
                .when(new DraftProjectCommand(ID, CLUSTER, ProjectKind.PUBLIC_SERVICE_PLATFORM, " 智慧农机公共服务平台建设 ",
                        " " + LEAD + " ", CITY, " " + PERSON_IN_CHARGE + " ", 2026, 2027, origin), as(STAFF))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProjectDraftedEvent(plain.projectId(), plain.clusterId(), plain.kind(), plain.title(),
                                plain.leadOrganization(), plain.city(), plain.personInCharge(), plain.startYear(),
                                plain.endYear(), origin),
                        new ParticipantAddedEvent(ID, LEAD, CITY, ParticipantRole.LEAD,
                                EnumSet.allOf(ProjectSection.class)));
    }

    @Test
    void refusesADraftWhoseYearsAreReversed() {
        fixture.givenNoPriorActivity()
                .when(new DraftProjectCommand(ID, CLUSTER, ProjectKind.CAPACITY_BUILDING, "促进组织能力建设", LEAD, CITY,
                        PERSON_IN_CHARGE, 2027, 2026), as(STAFF))
                .expectException(rule("project.error.yearsReversed"))
                .expectNoEvents();
    }

    @Test
    void revisesTheOverview() {
        given(drafted())
                .when(new ReviseProjectOverviewCommand(ID, ProjectKind.COLLABORATIVE_INNOVATION, " 新标题：智慧农机协同创新 ",
                        "李娜", 2026, 2028, 1L), as(STAFF))
                .expectEvents(new ProjectOverviewRevisedEvent(ID, ProjectKind.COLLABORATIVE_INNOVATION,
                        "新标题：智慧农机协同创新", "李娜", 2026, 2028));
    }

    @Test
    void refusesAnOverviewWithReversedYears() {
        given(drafted())
                .when(new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_ENTITY, "智慧农机公共服务平台", "李娜", 2028,
                        2026, 1L), as(STAFF))
                .expectException(rule("project.error.yearsReversed"))
                .expectNoEvents();
    }

    @Test
    void revisesTheTextSections() {
        given(drafted())
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "  三年服务一千家企业  ", 1L), as(STAFF))
                .expectEvents(new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "三年服务一千家企业"));
    }

    @Test
    void refusesToReviseANonTextSectionAsText() {
        given(drafted())
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.BUDGET, "预算说明", 1L), as(STAFF))
                .expectException(rule("project.error.notATextSection"))
                .expectNoEvents();
    }

    // ---- participants ---------------------------------------------------------------------------------------

    @Test
    void addsAParticipantWithTheSectionsItMayEdit() {
        given(drafted())
                .when(new AddParticipantCommand(ID, " " + PARTNER + " ", City.TAIAN,
                        Set.of(ProjectSection.MILESTONES, ProjectSection.BUDGET)), as(STAFF))
                .expectEvents(partnerAdded());
    }

    @Test
    void refusesAParticipantThatTakesPartAlready() {
        given(plus(drafted(), partnerAdded()))
                .when(new AddParticipantCommand(ID, PARTNER, City.TAIAN, Set.of()), as(STAFF))
                .expectException(rule("project.error.participantExists"))
                .expectNoEvents();
    }

    @Test
    void reassignsAPartnersSections() {
        given(plus(drafted(), partnerAdded()))
                .when(new AssignSectionsCommand(ID, PARTNER, Set.of(ProjectSection.INDICATORS), null), as(STAFF))
                .expectEvents(new SectionsAssignedEvent(ID, PARTNER, Set.of(ProjectSection.INDICATORS)));
    }

    @Test
    void refusesToAssignSectionsToTheLeadOrAStranger() {
        given(drafted())
                .when(new AssignSectionsCommand(ID, LEAD, Set.of(ProjectSection.AIMS), null), as(STAFF))
                .expectException(rule("project.error.leadHasAllSections"));
        given(drafted())
                .when(new AssignSectionsCommand(ID, OUTSIDER, Set.of(ProjectSection.AIMS), null), as(STAFF))
                .expectException(rule("project.error.unknownParticipant"));
    }

    @Test
    void removesAPartnerWithoutMilestones() {
        given(plus(drafted(), partnerAdded()))
                .when(new RemoveParticipantCommand(ID, PARTNER, null), as(STAFF))
                .expectEvents(new ParticipantRemovedEvent(ID, PARTNER));
    }

    @Test
    void refusesToRemoveTheLead() {
        given(completeDraft())
                .when(new RemoveParticipantCommand(ID, LEAD, null), as(STAFF))
                .expectException(rule("project.error.cannotRemoveLead"))
                .expectNoEvents();
    }

    @Test
    void refusesToRemoveAParticipantThatOwnsMilestones() {
        given(completeDraft())
                .when(new RemoveParticipantCommand(ID, PARTNER, null), as(STAFF))
                .expectException(rule("project.error.participantOwnsMilestones"))
                .expectNoEvents();
    }

    @Test
    void aPartnerWhoseMilestoneWasRemovedCanBeRemoved() {
        given(plus(completeDraft(), new MilestoneRemovedEvent(ID, "M2")))
                .when(new RemoveParticipantCommand(ID, PARTNER, null), as(STAFF))
                .expectEvents(new ParticipantRemovedEvent(ID, PARTNER));
    }

    @Test
    void refusesToRemoveAStranger() {
        given(drafted())
                .when(new RemoveParticipantCommand(ID, OUTSIDER, null), as(STAFF))
                .expectException(rule("project.error.unknownParticipant"));
    }

    // ---- budget lines ---------------------------------------------------------------------------------------

    @Test
    void addsABudgetLineRoundedToTwoDecimals() {
        given(drafted())
                .when(new AddBudgetLineCommand(ID, "L1", " 检测设备购置 ", FundingSource.PROVINCIAL_SUBSIDY, money("300")),
                        as(STAFF))
                .expectEvents(line1());
    }

    @Test
    void revisesAndRemovesABudgetLine() {
        List<Object> history = plus(drafted(), line1());
        given(history)
                .when(new ReviseBudgetLineCommand(ID, "L1", "检测设备", FundingSource.CITY_FUNDS, money("280.5"), 2L),
                        as(STAFF))
                .expectEvents(new BudgetLineRevisedEvent(ID, "L1", "检测设备", FundingSource.CITY_FUNDS,
                        money("280.50")));
        given(history)
                .when(new RemoveBudgetLineCommand(ID, "L1", 2L), as(STAFF))
                .expectEvents(new BudgetLineRemovedEvent(ID, "L1"));
    }

    @Test
    void refusesADuplicateOrUnknownBudgetLine() {
        List<Object> history = plus(drafted(), line1());
        given(history)
                .when(new AddBudgetLineCommand(ID, "L1", "重复", FundingSource.OWN_FUNDS, money("1")), as(STAFF))
                .expectException(rule("project.error.duplicateId"));
        given(history)
                .when(new ReviseBudgetLineCommand(ID, "L9", "不存在", FundingSource.OWN_FUNDS, money("1"), 2L), as(STAFF))
                .expectException(rule("project.error.unknownBudgetLine"));
        given(plus(history, new BudgetLineRemovedEvent(ID, "L1")))
                .when(new RemoveBudgetLineCommand(ID, "L1", 3L), as(STAFF))
                .expectException(rule("project.error.unknownBudgetLine"));
    }

    // ---- milestones -----------------------------------------------------------------------------------------

    @Test
    void addsAMilestoneOwnedByAParticipant() {
        given(plus(drafted(), partnerAdded()))
                .when(new AddMilestoneCommand(ID, "M2", " 培训基地运行 ", M2_DUE, " 培训记录 ", PARTNER), as(STAFF))
                .expectEvents(milestone2());
    }

    @Test
    void revisesAndRemovesAMilestone() {
        List<Object> history = plus(drafted(), partnerAdded(), milestone1());
        given(history)
                .when(new ReviseMilestoneCommand(ID, "M1", "检测中心投用", LocalDate.of(2027, 1, 15), "投用报告", PARTNER,
                        3L), as(STAFF))
                .expectEvents(new MilestoneRevisedEvent(ID, "M1", "检测中心投用", LocalDate.of(2027, 1, 15), "投用报告",
                        PARTNER));
        given(history)
                .when(new RemoveMilestoneCommand(ID, "M1", 3L), as(STAFF))
                .expectEvents(new MilestoneRemovedEvent(ID, "M1"));
    }

    @Test
    void refusesAMilestoneOutsideTheProjectPeriod() {
        given(drafted())
                .when(new AddMilestoneCommand(ID, "M1", "太早", LocalDate.of(2025, 12, 31), "无", LEAD), as(STAFF))
                .expectException(rule("project.error.milestoneOutsidePeriod"));
        given(drafted())
                .when(new AddMilestoneCommand(ID, "M1", "太晚", LocalDate.of(2028, 1, 1), "无", LEAD), as(STAFF))
                .expectException(rule("project.error.milestoneOutsidePeriod"));
        given(plus(drafted(), milestone1()))
                .when(new ReviseMilestoneCommand(ID, "M1", "太晚", LocalDate.of(2028, 1, 1), "无", LEAD, 2L), as(STAFF))
                .expectException(rule("project.error.milestoneOutsidePeriod"))
                .expectNoEvents();
    }

    @Test
    void theLastDaysOfThePeriodAreWithinIt() {
        given(drafted())
                .when(new AddMilestoneCommand(ID, "M9", "收尾", LocalDate.of(2027, 12, 31), "总结报告", LEAD), as(STAFF))
                .expectEvents(new MilestoneAddedEvent(ID, "M9", "收尾", LocalDate.of(2027, 12, 31), "总结报告", LEAD));
    }

    @Test
    void refusesAMilestoneOwnedByANonParticipant() {
        given(drafted())
                .when(new AddMilestoneCommand(ID, "M1", "检测中心建成", M1_DUE, "报告", OUTSIDER), as(STAFF))
                .expectException(rule("project.error.unknownParticipant"));
        given(plus(drafted(), milestone1()))
                .when(new ReviseMilestoneCommand(ID, "M1", "检测中心建成", M1_DUE, "报告", OUTSIDER, 2L), as(STAFF))
                .expectException(rule("project.error.unknownParticipant"))
                .expectNoEvents();
    }

    @Test
    void refusesADuplicateOrUnknownMilestone() {
        List<Object> history = plus(drafted(), milestone1());
        given(history)
                .when(new AddMilestoneCommand(ID, "M1", "重复", M1_DUE, "报告", LEAD), as(STAFF))
                .expectException(rule("project.error.duplicateId"));
        given(history)
                .when(new ReviseMilestoneCommand(ID, "M7", "不存在", M1_DUE, "报告", LEAD, 2L), as(STAFF))
                .expectException(rule("project.error.unknownMilestone"));
        given(history)
                .when(new RemoveMilestoneCommand(ID, "M7", 2L), as(STAFF))
                .expectException(rule("project.error.unknownMilestone"));
    }

    // ---- indicators -----------------------------------------------------------------------------------------

    @Test
    void addsRevisesAndRemovesAnIndicator() {
        given(drafted())
                .when(new AddIndicatorCommand(ID, "K1", " 服务企业数量 ", " 家 ", money("120")), as(STAFF))
                .expectEvents(indicator1());
        List<Object> history = plus(drafted(), indicator1());
        given(history)
                .when(new ReviseIndicatorCommand(ID, "K1", "服务企业数量", "家", money("150"), 2L), as(STAFF))
                .expectEvents(new IndicatorRevisedEvent(ID, "K1", "服务企业数量", "家", money("150")));
        given(history)
                .when(new RemoveIndicatorCommand(ID, "K1", 2L), as(STAFF))
                .expectEvents(new IndicatorRemovedEvent(ID, "K1"));
    }

    @Test
    void refusesADuplicateOrUnknownIndicator() {
        List<Object> history = plus(drafted(), indicator1());
        given(history)
                .when(new AddIndicatorCommand(ID, "K1", "重复", "家", money("1")), as(STAFF))
                .expectException(rule("project.error.duplicateId"));
        given(history)
                .when(new ReviseIndicatorCommand(ID, "K2", "不存在", "家", money("1"), 2L), as(STAFF))
                .expectException(rule("project.error.unknownIndicator"));
        given(plus(history, new IndicatorRemovedEvent(ID, "K1")))
                .when(new RemoveIndicatorCommand(ID, "K1", 3L), as(STAFF))
                .expectException(rule("project.error.unknownIndicator"));
    }

    // ---- editable only while drafting or returned -----------------------------------------------------------

    /** Every direct edit, each against the current version of {@link ProjectTestData#submitted()}. */
    static Stream<Object> edits() {
        long v = submitted().size() - 1;
        return Stream.of(
                new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_ENTITY, "智慧农机公共实体", "李娜", 2026, 2027, v),
                new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "新目标", v),
                new AddParticipantCommand(ID, OUTSIDER, City.QINGDAO, Set.of()),
                new AssignSectionsCommand(ID, PARTNER, Set.of(), null),
                new RemoveParticipantCommand(ID, PARTNER, null),
                new AddBudgetLineCommand(ID, "L4", "新增", FundingSource.OWN_FUNDS, money("10")),
                new ReviseBudgetLineCommand(ID, "L1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY, money("310"), v),
                new RemoveBudgetLineCommand(ID, "L1", v),
                new AddMilestoneCommand(ID, "M3", "新增", M1_DUE, "报告", LEAD),
                new ReviseMilestoneCommand(ID, "M1", "检测中心建成", M1_DUE, "报告", LEAD, v),
                new RemoveMilestoneCommand(ID, "M1", v),
                new AddIndicatorCommand(ID, "K2", "培训人次", "人次", money("500")),
                new ReviseIndicatorCommand(ID, "K1", "服务企业数量", "家", money("130"), v),
                new RemoveIndicatorCommand(ID, "K1", v));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void refusesDirectEditsOnceSubmitted(Object edit) {
        given(submitted())
                .when(edit, as(STAFF))
                .expectException(rule("project.error.notEditable"))
                .expectNoEvents();
    }

    @Test
    void refusesDirectEditsAfterApproval() {
        given(inProgress())
                .when(new ReviseBudgetLineCommand(ID, "L1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY, money("900"),
                        (long) inProgress().size() - 1), as(STAFF))
                .expectException(rule("project.error.notEditable"))
                .expectNoEvents();
    }

    @Test
    void aReturnedProjectIsEditableAgain() {
        List<Object> returned = plus(submitted(), new ProjectReturnedEvent(ID, ReviewStage.CITY_REVIEW, "预算偏高"));
        given(returned)
                .when(new ReviseBudgetLineCommand(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                        money("250"), (long) returned.size() - 1), as(STAFF))
                .expectEvents(new BudgetLineRevisedEvent(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                        money("250.00")));
    }

    // ---- documents ------------------------------------------------------------------------------------------

    @Test
    void attachesADocumentOnceWhileTheProjectIsOpen() {
        AttachProjectDocumentCommand attach = new AttachProjectDocumentCommand(ID, "A1", "evidence", " A1.pdf ",
                "application/pdf", 2048, "a".repeat(64));
        given(drafted())
                .when(attach, as(STAFF))
                .expectEvents(attached("A1"));
        given(plus(drafted(), attached("A1")))
                .when(attach, as(STAFF))
                .expectException(rule("project.error.duplicateId"));
        given(plus(drafted(), new ProjectWithdrawnEvent(ID, ProjectStatus.DRAFT, "不再申报")))
                .when(attach, as(STAFF))
                .expectException(rule("project.error.wrongState"))
                .expectNoEvents();
        given(plus(inProgress(), new ProjectClosedEvent(ID, EvaluationGrade.GOOD, "结项")))
                .when(new AttachProjectDocumentCommand(ID, "A2", "report", "A2.pdf", "application/pdf", 10,
                        "b".repeat(64)), as(STAFF))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void documentsAttachedDuringImplementationAreRecordedToo() {
        given(inProgress())
                .when(new AttachProjectDocumentCommand(ID, "A2", "evidence", "A2.pdf", "application/pdf", 2048,
                        "a".repeat(64)), as(LEAD_MEMBER))
                .expectEvents(new ProjectDocumentAttachedEvent(ID, "A2", "evidence", "A2.pdf", "application/pdf", 2048,
                        "a".repeat(64)));
    }
}
