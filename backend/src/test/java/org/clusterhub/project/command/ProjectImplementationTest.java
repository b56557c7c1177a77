package org.clusterhub.project.command;

import static org.clusterhub.project.command.ProjectTestData.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clusterhub.project.api.AcceptanceRequestedEvent;
import org.clusterhub.project.api.AcceptanceResult;
import org.clusterhub.project.api.AcceptanceResultRecordedEvent;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ChangeProposal;
import org.clusterhub.project.api.ChangeRequestApprovedEvent;
import org.clusterhub.project.api.ChangeRequestRejectedEvent;
import org.clusterhub.project.api.ChangeRequestedEvent;
import org.clusterhub.project.api.CloseProjectCommand;
import org.clusterhub.project.api.DecideChangeRequestCommand;
import org.clusterhub.project.api.EvaluationGrade;
import org.clusterhub.project.api.ExpenditureRecordedEvent;
import org.clusterhub.project.api.FundingAction;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.MidtermEvaluationRecordedEvent;
import org.clusterhub.project.api.MidtermEvaluationStartedEvent;
import org.clusterhub.project.api.MilestoneProgressReportedEvent;
import org.clusterhub.project.api.ProjectClosedEvent;
import org.clusterhub.project.api.ProjectEnteredLibraryEvent;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectLibraryStateChangedEvent;
import org.clusterhub.project.api.RejectProjectCommand;
import org.clusterhub.project.api.ReviseProjectOverviewCommand;
import org.clusterhub.project.api.ProjectRejectedEvent;
import org.clusterhub.project.api.ProjectResumedEvent;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectSuspendedEvent;
import org.clusterhub.project.api.ProjectTerminatedEvent;
import org.clusterhub.project.api.ProjectWithdrawnEvent;
import org.clusterhub.project.api.RecordAcceptanceResultCommand;
import org.clusterhub.project.api.RecordExpenditureCommand;
import org.clusterhub.project.api.RecordMidtermEvaluationCommand;
import org.clusterhub.project.api.ReportMilestoneProgressCommand;
import org.clusterhub.project.api.RequestAcceptanceCommand;
import org.clusterhub.project.api.RequestChangeCommand;
import org.clusterhub.project.api.ResumeProjectCommand;
import org.clusterhub.project.api.SelfEvaluationStage;
import org.clusterhub.project.api.SelfEvaluationSubmittedEvent;
import org.clusterhub.project.api.StartMidtermEvaluationCommand;
import org.clusterhub.project.api.SubmitSelfEvaluationCommand;
import org.clusterhub.project.api.SuspendProjectCommand;
import org.clusterhub.project.api.TerminateProjectCommand;
import org.clusterhub.project.api.WithdrawProjectCommand;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An approved project at work: milestone reports, expenditure within the approved lines, change requests, the
 * mid-term evaluation, acceptance, the performance assessment, and a supervisor's suspension or termination.
 */
class ProjectImplementationTest extends ProjectFixtureTest {

    private static final String SUMMARY = "检测中心已建成，培训基地投入运行";

    private static ChangeProposal noChange() {
        return new ChangeProposal(null, null, null, null, null, null);
    }

    private static ChangeProposal budget(String lineId, String amount) {
        return new ChangeProposal(null, null, null, Map.of(lineId, money(amount)), null, null);
    }

    private static ExpenditureRecordedEvent spent(String lineId, String amount, String total) {
        return new ExpenditureRecordedEvent(ID, lineId, money(amount), "支出", money(total));
    }

    private static SubmitSelfEvaluationCommand selfEvaluation(SelfEvaluationStage stage) {
        return new SubmitSelfEvaluationCommand(ID, stage, EvaluationGrade.GOOD, SUMMARY);
    }

    private static SelfEvaluationSubmittedEvent selfEvaluated(SelfEvaluationStage stage) {
        return new SelfEvaluationSubmittedEvent(ID, stage, EvaluationGrade.GOOD, SUMMARY);
    }

    private static List<Object> inMidterm() {
        return plus(inProgress(), new MidtermEvaluationStartedEvent(ID, TODAY.plusDays(30)));
    }

    private static List<Object> inAcceptance() {
        return plus(inProgress(), new AcceptanceRequestedEvent(ID, SUMMARY));
    }

    private static List<Object> inPerformanceAssessment() {
        return plus(inAcceptance(), new AcceptanceResultRecordedEvent(ID, AcceptanceResult.PASS, "通过验收"));
    }

    private static ProjectSuspendedEvent suspendedFrom(ProjectStatus status) {
        return new ProjectSuspendedEvent(ID, status, "核查资金使用", FundingAction.PAUSE, null);
    }

    // ---- milestones -----------------------------------------------------------------------------------------

    @Test
    void reportsMilestoneProgressWithUploadedEvidence() {
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M1", 40, " 设备已到货 ", List.of("A1")), as(LEAD_MEMBER))
                .expectEvents(new MilestoneProgressReportedEvent(ID, "M1", 40, "设备已到货", List.of("A1"), false));
    }

    @Test
    void aHundredPercentCompletesTheMilestoneAndEndsItsReports() {
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M1", 100, "检测中心建成", List.of("A1")), as(LEAD_MEMBER))
                .expectEvents(new MilestoneProgressReportedEvent(ID, "M1", 100, "检测中心建成", List.of("A1"), true));
        given(plus(inProgress(), new MilestoneProgressReportedEvent(ID, "M1", 100, "检测中心建成", List.of("A1"), true)))
                .when(new ReportMilestoneProgressCommand(ID, "M1", 100, "再次报告", List.of()), as(LEAD_MEMBER))
                .expectException(rule("project.error.milestoneCompleted"))
                .expectNoEvents();
    }

    @Test
    void refusesEvidenceThatIsNotAnAttachmentOfTheProject() {
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M1", 40, "设备已到货", List.of("A1", "A9")), as(LEAD_MEMBER))
                .expectException(rule("project.error.unknownAttachment"))
                .expectNoEvents();
    }

    @Test
    void refusesReportsOnUnknownMilestonesOrBeforeApproval() {
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M7", 40, "不存在", List.of()), as(STAFF))
                .expectException(rule("project.error.unknownMilestone"));
        given(publicityOver())
                .when(new ReportMilestoneProgressCommand(ID, "M1", 40, "提前报告", List.of()), as(STAFF))
                .expectException(rule("project.error.notUnderway"));
    }

    @Test
    void theSystemReportsProgressLikeStaff() {
        // Seed and migration jobs act as SYSTEM, which every other scope check of the project lets through.
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M2", 10, "导入历史进度", List.of()), as(Actor.SYSTEM))
                .expectEvents(new MilestoneProgressReportedEvent(ID, "M2", 10, "导入历史进度", List.of(), false));
    }

    // ---- expenditure ----------------------------------------------------------------------------------------

    @Test
    void recordsExpenditureUpToTheApprovedAmountOfTheLine() {
        given(inProgress())
                .when(new RecordExpenditureCommand(ID, "L2", money("12.3"), " 服务器采购 "), as(LEAD_MEMBER))
                .expectEvents(new ExpenditureRecordedEvent(ID, "L2", money("12.30"), "服务器采购", money("12.30")));
        given(plus(inProgress(), spent("L2", "150.00", "150.00")))
                .when(new RecordExpenditureCommand(ID, "L2", money("50"), "支出"), as(LEAD_MEMBER))
                .expectEvents(spent("L2", "50.00", "200.00"));
    }

    @Test
    void refusesExpenditureBeyondTheApprovedAmount() {
        given(plus(inProgress(), spent("L2", "150.00", "150.00")))
                .when(new RecordExpenditureCommand(ID, "L2", money("50.01"), "支出"), as(LEAD_MEMBER))
                .expectException(rule("project.error.overspent"))
                .expectNoEvents();
    }

    @Test
    void refusesExpenditureOnAnUnknownLineOrOutsideImplementation() {
        given(inProgress())
                .when(new RecordExpenditureCommand(ID, "L9", money("1"), "支出"), as(LEAD_MEMBER))
                .expectException(rule("project.error.unknownBudgetLine"));
        given(publicityOver())
                .when(new RecordExpenditureCommand(ID, "L2", money("1"), "支出"), as(LEAD_MEMBER))
                .expectException(rule("project.error.notUnderway"));
        given(inPerformanceAssessment())
                .when(new RecordExpenditureCommand(ID, "L2", money("1"), "支出"), as(LEAD_MEMBER))
                .expectException(rule("project.error.notUnderway"));
        given(plus(inProgress(), suspendedFrom(ProjectStatus.IN_PROGRESS)))
                .when(new RecordExpenditureCommand(ID, "L2", money("1"), "支出"), as(LEAD_MEMBER))
                .expectException(rule("project.error.notUnderway"));
    }

    @Test
    void expenditureContinuesDuringMidtermEvaluationAndAcceptance() {
        for (List<Object> history : List.of(inMidterm(), inAcceptance())) {
            given(history)
                    .when(new RecordExpenditureCommand(ID, "L2", money("10"), "支出"), as(LEAD_MEMBER))
                    .expectEvents(spent("L2", "10.00", "10.00"));
        }
    }

    // ---- change requests ------------------------------------------------------------------------------------

    static Stream<Arguments> validChanges() {
        return Stream.of(
                Arguments.of(ChangeKind.LEAD_ORGANIZATION, new ChangeProposal(PARTNER, null, null, null, null, null)),
                Arguments.of(ChangeKind.PERSON_IN_CHARGE, new ChangeProposal(null, "李娜", null, null, null, null)),
                Arguments.of(ChangeKind.PERIOD, new ChangeProposal(null, null, 2028, null, null, null)),
                Arguments.of(ChangeKind.BUDGET, budget("L1", "400.00")),
                Arguments.of(ChangeKind.CONTENT, new ChangeProposal(null, null, null, null, "增加远程诊断", null)),
                Arguments.of(ChangeKind.INDICATORS,
                        new ChangeProposal(null, null, null, null, null, Map.of("K1", money("100")))));
    }

    @ParameterizedTest
    @MethodSource("validChanges")
    void requestsAChangeOfEveryKind(ChangeKind kind, ChangeProposal proposal) {
        given(inProgress())
                .when(new RequestChangeCommand(ID, "C1", kind, " 实施条件变化 ", proposal), as(LEAD_MEMBER))
                .expectEvents(new ChangeRequestedEvent(ID, "C1", kind, "实施条件变化", proposal));
    }

    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                Arguments.of(ChangeKind.LEAD_ORGANIZATION, noChange(), "project.error.proposalMissing"),
                Arguments.of(ChangeKind.PERSON_IN_CHARGE, new ChangeProposal(null, " ", null, null, null, null),
                        "project.error.proposalMissing"),
                Arguments.of(ChangeKind.PERIOD, noChange(), "project.error.proposalMissing"),
                Arguments.of(ChangeKind.PERIOD, new ChangeProposal(null, null, 2025, null, null, null),
                        "project.error.proposalMissing"),
                Arguments.of(ChangeKind.BUDGET, noChange(), "project.error.proposalMissing"),
                Arguments.of(ChangeKind.BUDGET, budget("L9", "10"), "project.error.unknownBudgetLine"),
                Arguments.of(ChangeKind.BUDGET, budget("L1", "0"), "project.error.belowSpent"),
                Arguments.of(ChangeKind.CONTENT, noChange(), "project.error.proposalMissing"),
                Arguments.of(ChangeKind.INDICATORS,
                        new ChangeProposal(null, null, null, null, null, Map.of()), "project.error.proposalMissing"),
                Arguments.of(ChangeKind.INDICATORS,
                        new ChangeProposal(null, null, null, null, null, Map.of("K9", money("1"))),
                        "project.error.unknownIndicator"));
    }

    @ParameterizedTest
    @MethodSource("invalidChanges")
    void refusesAProposalThatDoesNotFitItsKind(ChangeKind kind, ChangeProposal proposal, String messageKey) {
        given(inProgress())
                .when(new RequestChangeCommand(ID, "C1", kind, "实施条件变化", proposal), as(LEAD_MEMBER))
                .expectException(rule(messageKey))
                .expectNoEvents();
    }

    @Test
    void refusesABudgetBelowWhatWasSpent() {
        given(plus(inProgress(), spent("L2", "150.00", "150.00")))
                .when(new RequestChangeCommand(ID, "C1", ChangeKind.BUDGET, "压缩", budget("L2", "149.99")),
                        as(LEAD_MEMBER))
                .expectException(rule("project.error.belowSpent"));
    }

    @Test
    void aRequestRecordsOnlyWhatItsKindChanges() {
        // Stray fields of other kinds would otherwise be applied on approval without having been checked.
        ChangeProposal stray = new ChangeProposal(OUTSIDER, "李娜", 2035, Map.of("L1", money("9999")), "全部重写",
                Map.of("K1", money("1")));
        given(inProgress())
                .when(new RequestChangeCommand(ID, "C1", ChangeKind.PERSON_IN_CHARGE, "负责人调动", stray),
                        as(LEAD_MEMBER))
                .expectEvents(new ChangeRequestedEvent(ID, "C1", ChangeKind.PERSON_IN_CHARGE, "负责人调动",
                        new ChangeProposal(null, "李娜", null, null, null, null)));
    }

    @Test
    void oneRequestOfEachKindIsPendingAtATime() {
        List<Object> pending = plus(inProgress(), new ChangeRequestedEvent(ID, "C1", ChangeKind.PERIOD, "延期",
                new ChangeProposal(null, null, 2028, null, null, null)));
        given(pending)
                .when(new RequestChangeCommand(ID, "C2", ChangeKind.PERIOD, "再延期",
                        new ChangeProposal(null, null, 2029, null, null, null)), as(LEAD_MEMBER))
                .expectException(rule("project.error.changePending"))
                .expectNoEvents();
        given(pending)
                .when(new RequestChangeCommand(ID, "C2", ChangeKind.BUDGET, "追加", budget("L1", "400")),
                        as(LEAD_MEMBER))
                .expectEvents(new ChangeRequestedEvent(ID, "C2", ChangeKind.BUDGET, "追加", budget("L1", "400")));
        given(plus(pending, new ChangeRequestRejectedEvent(ID, "C1", "理由不足")))
                .when(new RequestChangeCommand(ID, "C1", ChangeKind.PERIOD, "再次申请",
                        new ChangeProposal(null, null, 2028, null, null, null)), as(LEAD_MEMBER))
                .expectException(rule("project.error.duplicateId"));
        given(plus(pending, new ChangeRequestRejectedEvent(ID, "C1", "理由不足")))
                .when(new RequestChangeCommand(ID, "C2", ChangeKind.PERIOD, "再次申请",
                        new ChangeProposal(null, null, 2028, null, null, null)), as(LEAD_MEMBER))
                .expectEvents(new ChangeRequestedEvent(ID, "C2", ChangeKind.PERIOD, "再次申请",
                        new ChangeProposal(null, null, 2028, null, null, null)));
    }

    @Test
    void refusesChangeRequestsBeforeApproval() {
        given(publicityOver())
                .when(new RequestChangeCommand(ID, "C1", ChangeKind.BUDGET, "追加", budget("L1", "400")),
                        as(LEAD_MEMBER))
                .expectException(rule("project.error.notUnderway"));
    }

    @Test
    void aSupervisorApprovesOrRejectsAPendingRequestOnce() {
        List<Object> pending = plus(inProgress(),
                new ChangeRequestedEvent(ID, "C1", ChangeKind.BUDGET, "追加", budget("L1", "400.00")));
        given(pending)
                .when(new DecideChangeRequestCommand(ID, "C1", true, " 同意 "), as(SUPERVISOR))
                .expectEvents(new ChangeRequestApprovedEvent(ID, "C1", ChangeKind.BUDGET, budget("L1", "400.00"),
                        "同意"));
        given(pending)
                .when(new DecideChangeRequestCommand(ID, "C1", false, "不同意"), as(SUPERVISOR))
                .expectEvents(new ChangeRequestRejectedEvent(ID, "C1", "不同意"));
        given(plus(pending, new ChangeRequestRejectedEvent(ID, "C1", "不同意")))
                .when(new DecideChangeRequestCommand(ID, "C1", true, "同意"), as(SUPERVISOR))
                .expectException(rule("project.error.unknownChangeRequest"));
        given(inProgress())
                .when(new DecideChangeRequestCommand(ID, "C9", true, "同意"), as(SUPERVISOR))
                .expectException(rule("project.error.unknownChangeRequest"));
    }

    @Test
    void anApprovedBudgetChangeRaisesWhatMayBeSpentOnItsLinesOnly() {
        List<Object> raised = plus(inProgress(),
                new ChangeRequestedEvent(ID, "C1", ChangeKind.BUDGET, "追加", budget("L1", "400.00")),
                new ChangeRequestApprovedEvent(ID, "C1", ChangeKind.BUDGET, budget("L1", "400.00"), "同意"));
        given(inProgress())
                .when(new RecordExpenditureCommand(ID, "L1", money("350"), "设备"), as(LEAD_MEMBER))
                .expectException(rule("project.error.overspent"));
        given(raised)
                .when(new RecordExpenditureCommand(ID, "L1", money("350"), "设备"), as(LEAD_MEMBER))
                .expectEvents(new ExpenditureRecordedEvent(ID, "L1", money("350.00"), "设备", money("350.00")));
        given(raised)
                .when(new RecordExpenditureCommand(ID, "L2", money("200.01"), "系统"), as(LEAD_MEMBER))
                .expectException(rule("project.error.overspent"));
    }

    @Test
    void aPendingBudgetChangeDoesNotRaiseAnythingYet() {
        given(plus(inProgress(), new ChangeRequestedEvent(ID, "C1", ChangeKind.BUDGET, "追加", budget("L1", "400.00"))))
                .when(new RecordExpenditureCommand(ID, "L1", money("350"), "设备"), as(LEAD_MEMBER))
                .expectException(rule("project.error.overspent"));
    }

    @Test
    void anApprovedLeadChangeHandsTheLeadSideToTheNewOrganization() {
        ChangeProposal toPartner = new ChangeProposal(PARTNER, null, null, null, null, null);
        List<Object> changed = plus(inProgress(),
                new ChangeRequestedEvent(ID, "C1", ChangeKind.LEAD_ORGANIZATION, "牵头单位调整", toPartner),
                new ChangeRequestApprovedEvent(ID, "C1", ChangeKind.LEAD_ORGANIZATION, toPartner, "同意"));
        given(changed)
                .when(new RecordExpenditureCommand(ID, "L2", money("10"), "支出"), as(PARTNER_MEMBER))
                .expectEvents(new ExpenditureRecordedEvent(ID, "L2", money("10.00"), "支出", money("10.00")));
        given(changed)
                .when(new RecordExpenditureCommand(ID, "L2", money("10"), "支出"), as(LEAD_MEMBER))
                .expectException(AccessRefused.class);
    }

    // ---- mid-term evaluation --------------------------------------------------------------------------------

    @Test
    void startsTheMidtermEvaluationOfAProjectInProgress() {
        given(inProgress())
                .when(new StartMidtermEvaluationCommand(ID, TODAY.plusDays(30)), as(SUPERVISOR))
                .expectEvents(new MidtermEvaluationStartedEvent(ID, TODAY.plusDays(30)));
        given(inProgress())
                .when(new StartMidtermEvaluationCommand(ID, TODAY.minusDays(1)), as(SUPERVISOR))
                .expectException(rule("project.error.dateInPast"));
        given(inMidterm())
                .when(new StartMidtermEvaluationCommand(ID, TODAY.plusDays(30)), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void theLeadSideEvaluatesItselfOncePerStage() {
        given(inMidterm())
                .when(selfEvaluation(SelfEvaluationStage.MIDTERM), as(STAFF))
                .expectEvents(selfEvaluated(SelfEvaluationStage.MIDTERM));
        given(inMidterm())
                .when(selfEvaluation(SelfEvaluationStage.PERFORMANCE), as(STAFF))
                .expectException(rule("project.error.wrongState"));
        given(plus(inMidterm(), selfEvaluated(SelfEvaluationStage.MIDTERM)))
                .when(selfEvaluation(SelfEvaluationStage.MIDTERM), as(STAFF))
                .expectException(rule("project.error.alreadySubmitted"));
    }

    @Test
    void theProvinceEvaluatesAfterTheSelfEvaluation() {
        RecordMidtermEvaluationCommand evaluation = new RecordMidtermEvaluationCommand(ID, EvaluationGrade.GOOD,
                " 进度符合计划 ", false, " ");
        given(inMidterm())
                .when(evaluation, as(SUPERVISOR))
                .expectException(rule("project.error.selfEvaluationMissing"));
        given(plus(inMidterm(), selfEvaluated(SelfEvaluationStage.MIDTERM)))
                .when(evaluation, as(SUPERVISOR))
                .expectEvents(new MidtermEvaluationRecordedEvent(ID, EvaluationGrade.GOOD, "进度符合计划", false, null));
    }

    @Test
    void anOnSiteCheckNeedsItsFindings() {
        List<Object> selfEvaluatedMidterm = plus(inMidterm(), selfEvaluated(SelfEvaluationStage.MIDTERM));
        given(selfEvaluatedMidterm)
                .when(new RecordMidtermEvaluationCommand(ID, EvaluationGrade.PASS, "基本符合", true, "  "),
                        as(SUPERVISOR))
                .expectException(rule("project.error.onSiteFindingsMissing"))
                .expectNoEvents();
        given(selfEvaluatedMidterm)
                .when(new RecordMidtermEvaluationCommand(ID, EvaluationGrade.PASS, "基本符合", true, " 设备已安装调试 "),
                        as(SUPERVISOR))
                .expectEvents(new MidtermEvaluationRecordedEvent(ID, EvaluationGrade.PASS, "基本符合", true,
                        "设备已安装调试"));
    }

    @Test
    void afterTheMidtermEvaluationTheProjectIsInProgressAgain() {
        given(plus(inMidterm(), selfEvaluated(SelfEvaluationStage.MIDTERM),
                new MidtermEvaluationRecordedEvent(ID, EvaluationGrade.GOOD, "进度符合计划", false, null)))
                .when(new RequestAcceptanceCommand(ID, SUMMARY), as(STAFF))
                .expectEvents(new AcceptanceRequestedEvent(ID, SUMMARY));
    }

    // ---- acceptance, performance assessment, closure --------------------------------------------------------

    @Test
    void acceptanceIsRequestedByStaffOfAProjectInProgress() {
        given(inProgress())
                .when(new RequestAcceptanceCommand(ID, " " + SUMMARY + " "), as(STAFF))
                .expectEvents(new AcceptanceRequestedEvent(ID, SUMMARY));
        given(inMidterm())
                .when(new RequestAcceptanceCommand(ID, SUMMARY), as(STAFF))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void theAcceptanceResultIsRecordedOnlyDuringAcceptance() {
        given(inAcceptance())
                .when(new RecordAcceptanceResultCommand(ID, AcceptanceResult.PASS, " 通过验收 "), as(SUPERVISOR))
                .expectEvents(new AcceptanceResultRecordedEvent(ID, AcceptanceResult.PASS, "通过验收"));
        given(inProgress())
                .when(new RecordAcceptanceResultCommand(ID, AcceptanceResult.PASS, "通过验收"), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void aFailedAcceptanceSendsTheProjectBackToWork() {
        given(plus(inAcceptance(), new AcceptanceResultRecordedEvent(ID, AcceptanceResult.FAIL, "培训基地未运行")))
                .when(new RequestAcceptanceCommand(ID, SUMMARY), as(STAFF))
                .expectEvents(new AcceptanceRequestedEvent(ID, SUMMARY));
    }

    @Test
    void aConditionalPassLeadsToThePerformanceAssessmentToo() {
        given(plus(inAcceptance(),
                new AcceptanceResultRecordedEvent(ID, AcceptanceResult.PASS_WITH_CONDITIONS, "补充培训记录")))
                .when(selfEvaluation(SelfEvaluationStage.PERFORMANCE), as(LEAD_MEMBER))
                .expectEvents(selfEvaluated(SelfEvaluationStage.PERFORMANCE));
    }

    @Test
    void closingNeedsThePerformanceSelfAssessment() {
        // A mid-term self-evaluation earlier does not count for the performance assessment.
        List<Object> midtermDone = plus(inMidterm(), selfEvaluated(SelfEvaluationStage.MIDTERM),
                new MidtermEvaluationRecordedEvent(ID, EvaluationGrade.GOOD, "进度符合计划", false, null),
                new AcceptanceRequestedEvent(ID, SUMMARY),
                new AcceptanceResultRecordedEvent(ID, AcceptanceResult.PASS, "通过验收"));
        CloseProjectCommand close = new CloseProjectCommand(ID, EvaluationGrade.EXCELLENT, " 绩效优秀 ");
        given(midtermDone)
                .when(close, as(SUPERVISOR))
                .expectException(rule("project.error.selfEvaluationMissing"))
                .expectNoEvents();
        given(plus(midtermDone, selfEvaluated(SelfEvaluationStage.PERFORMANCE)))
                .when(close, as(SUPERVISOR))
                .expectEvents(new ProjectClosedEvent(ID, EvaluationGrade.EXCELLENT, "绩效优秀"));
        given(plus(midtermDone, selfEvaluated(SelfEvaluationStage.PERFORMANCE)))
                .when(selfEvaluation(SelfEvaluationStage.PERFORMANCE), as(LEAD_MEMBER))
                .expectException(rule("project.error.alreadySubmitted"));
        given(inProgress())
                .when(close, as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    // ---- suspension and termination ------------------------------------------------------------------------

    @Test
    void suspendsWithWhatHappensToTheFunding() {
        given(inProgress())
                .when(new SuspendProjectCommand(ID, " 核查资金使用 ", FundingAction.PAUSE, money("30")), as(SUPERVISOR))
                .expectEvents(suspendedFrom(ProjectStatus.IN_PROGRESS));
        given(inProgress())
                .when(new SuspendProjectCommand(ID, "核查资金使用", FundingAction.REDUCE, money("30")), as(SUPERVISOR))
                .expectEvents(new ProjectSuspendedEvent(ID, ProjectStatus.IN_PROGRESS, "核查资金使用",
                        FundingAction.REDUCE, money("30.00")));
    }

    @Test
    void reducingOrRecoveringFundingNeedsAnAmount() {
        for (FundingAction action : List.of(FundingAction.REDUCE, FundingAction.RECOVER)) {
            for (BigDecimal amount : java.util.Arrays.asList(null, BigDecimal.ZERO)) {
                given(inProgress())
                        .when(new SuspendProjectCommand(ID, "核查", action, amount), as(SUPERVISOR))
                        .expectException(rule("project.error.fundingAmountMissing"));
                given(inProgress())
                        .when(new TerminateProjectCommand(ID, "违规", action, amount), as(SUPERVISOR))
                        .expectException(rule("project.error.fundingAmountMissing"))
                        .expectNoEvents();
            }
        }
    }

    @Test
    void refusesToSuspendTwiceOrAFinishedProject() {
        given(plus(inProgress(), suspendedFrom(ProjectStatus.IN_PROGRESS)))
                .when(new SuspendProjectCommand(ID, "核查", FundingAction.NONE, null), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
        given(plus(inPerformanceAssessment(), selfEvaluated(SelfEvaluationStage.PERFORMANCE),
                new ProjectClosedEvent(ID, EvaluationGrade.GOOD, "结项")))
                .when(new SuspendProjectCommand(ID, "核查", FundingAction.NONE, null), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void resumingReturnsToTheStatusBeforeTheSuspension() {
        given(plus(inProgress(), suspendedFrom(ProjectStatus.IN_PROGRESS)))
                .when(new ResumeProjectCommand(ID, " 核查完毕 "), as(SUPERVISOR))
                .expectEvents(new ProjectResumedEvent(ID, ProjectStatus.IN_PROGRESS, "核查完毕"));
        given(plus(inMidterm(), suspendedFrom(ProjectStatus.MIDTERM_EVALUATION)))
                .when(new ResumeProjectCommand(ID, "核查完毕"), as(SUPERVISOR))
                .expectEvents(new ProjectResumedEvent(ID, ProjectStatus.MIDTERM_EVALUATION, "核查完毕"));
        given(plus(inMidterm(), suspendedFrom(ProjectStatus.MIDTERM_EVALUATION),
                new ProjectResumedEvent(ID, ProjectStatus.MIDTERM_EVALUATION, "核查完毕")))
                .when(selfEvaluation(SelfEvaluationStage.MIDTERM), as(STAFF))
                .expectEvents(selfEvaluated(SelfEvaluationStage.MIDTERM));
        given(inProgress())
                .when(new ResumeProjectCommand(ID, "核查完毕"), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void terminationAlsoTakesTheProjectOutOfTheLibrary() {
        given(inProgress())
                .when(new TerminateProjectCommand(ID, " 严重违规 ", FundingAction.RECOVER, money("100")), as(SUPERVISOR))
                .expectEvents(new ProjectTerminatedEvent(ID, ProjectStatus.IN_PROGRESS, "严重违规",
                                FundingAction.RECOVER, money("100.00")),
                        new ProjectLibraryStateChangedEvent(ID, LibraryState.IMPLEMENTATION, LibraryState.EXITED,
                                "严重违规"));
    }

    @Test
    void terminatesAProjectOutsideTheLibraryOrSuspended() {
        given(submitted())
                .when(new TerminateProjectCommand(ID, "申报材料造假", FundingAction.NONE, null), as(SUPERVISOR))
                .expectEvents(new ProjectTerminatedEvent(ID, ProjectStatus.SUBMITTED, "申报材料造假",
                        FundingAction.NONE, null));
        given(plus(inProgress(), new ProjectLibraryStateChangedEvent(ID, LibraryState.IMPLEMENTATION,
                LibraryState.EXITED, "调出"), suspendedFrom(ProjectStatus.IN_PROGRESS)))
                .when(new TerminateProjectCommand(ID, "无法继续", FundingAction.NONE, null), as(SUPERVISOR))
                .expectEvents(new ProjectTerminatedEvent(ID, ProjectStatus.SUSPENDED, "无法继续", FundingAction.NONE,
                        null));
    }

    @Test
    void refusesToTerminateAFinishedProject() {
        given(plus(awaitingDecision(), new ProjectRejectedEvent(ID, "不符合方向")))
                .when(new TerminateProjectCommand(ID, "终止", FundingAction.NONE, null), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    // ---- withdrawal -----------------------------------------------------------------------------------------

    @Test
    void aProjectAddedToTheLibraryBeforeApprovalLeavesItWhenWithdrawnOrRejected() {
        List<Object> supplemented = plus(awaitingDecision(),
                new ProjectEnteredLibraryEvent(ID, LibraryState.RESERVE, "增补入库", true));
        given(supplemented)
                .when(new WithdrawProjectCommand(ID, " 不再申报 "), as(STAFF))
                .expectEvents(new ProjectWithdrawnEvent(ID, ProjectStatus.AWAITING_DECISION, "不再申报"),
                        new ProjectLibraryStateChangedEvent(ID, LibraryState.RESERVE, LibraryState.EXITED,
                                "不再申报"));
        given(supplemented)
                .when(new RejectProjectCommand(ID, "不符合方向"), as(SUPERVISOR))
                .expectEvents(new ProjectRejectedEvent(ID, "不符合方向"),
                        new ProjectLibraryStateChangedEvent(ID, LibraryState.RESERVE, LibraryState.EXITED,
                                "不符合方向"));
    }

    @Test
    void aPeriodChangeMayNotLeaveAnOpenMilestoneOutside() {
        // M2 is due in 2027: ending the project in 2026 would strand it.
        given(inProgress())
                .when(new RequestChangeCommand(ID, "C1", ChangeKind.PERIOD, "提前结题",
                        new ChangeProposal(null, null, 2026, null, null, null)), as(LEAD_MEMBER))
                .expectException(rule("project.error.periodExcludesMilestone"))
                .expectNoEvents();
        given(plus(drafted(), milestone2()))
                .when(new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_ENTITY, "智慧农机公共服务平台", "李娜",
                        2026, 2026, null), as(STAFF))
                .expectException(rule("project.error.periodExcludesMilestone"));
    }

    @Test
    void theOwnerWithdrawsUntilApproval() {
        given(drafted())
                .when(new WithdrawProjectCommand(ID, " 不再申报 "), as(STAFF))
                .expectEvents(new ProjectWithdrawnEvent(ID, ProjectStatus.DRAFT, "不再申报"));
        given(inPublicity())
                .when(new WithdrawProjectCommand(ID, "不再申报"), as(STAFF))
                .expectEvents(new ProjectWithdrawnEvent(ID, ProjectStatus.PUBLICITY, "不再申报"));
        for (List<Object> late : List.of(inProgress(),
                plus(drafted(), new ProjectWithdrawnEvent(ID, ProjectStatus.DRAFT, "撤回")),
                plus(awaitingDecision(), new ProjectRejectedEvent(ID, "不符合方向")))) {
            given(late)
                    .when(new WithdrawProjectCommand(ID, "撤回"), as(STAFF))
                    .expectException(rule("project.error.wrongState"))
                    .expectNoEvents();
        }
    }
}
