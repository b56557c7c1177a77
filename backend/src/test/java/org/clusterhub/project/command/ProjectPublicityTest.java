package org.clusterhub.project.command;

import static org.clusterhub.project.command.ProjectTestData.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.clusterhub.project.api.AnswerObjectionCommand;
import org.clusterhub.project.api.ApproveProjectCommand;
import org.clusterhub.project.api.BaselineIndicator;
import org.clusterhub.project.api.BaselineLine;
import org.clusterhub.project.api.BaselineMilestone;
import org.clusterhub.project.api.BudgetLineRemovedEvent;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.ConfirmApprovalCommand;
import org.clusterhub.project.api.FundingAction;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.IndicatorRevisedEvent;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ObjectionAnsweredEvent;
import org.clusterhub.project.api.ObjectionRaisedEvent;
import org.clusterhub.project.api.ProjectApprovedEvent;
import org.clusterhub.project.api.ProjectApprovedForPublicityEvent;
import org.clusterhub.project.api.ProjectBaseline;
import org.clusterhub.project.api.ProjectEnteredLibraryEvent;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOverviewRevisedEvent;
import org.clusterhub.project.api.ProjectRejectedEvent;
import org.clusterhub.project.api.ProjectResumedEvent;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectSuspendedEvent;
import org.clusterhub.project.api.PublicityEndedEvent;
import org.clusterhub.project.api.RaiseObjectionCommand;
import org.clusterhub.project.api.RejectProjectCommand;
import org.clusterhub.project.api.SuspendProjectCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The provincial decision, publicity (公示) with its objections, and approval (立项) into the project library. */
class ProjectPublicityTest extends ProjectFixtureTest {

    private static final String TEXT = "预算中检测设备单价明显高于市场价格";

    private static ApproveProjectCommand approve(LocalDate startsOn, int workingDays) {
        return new ApproveProjectCommand(ID, " 同意立项 ", workingDays, startsOn);
    }

    /** Midnight in Shanghai after {@code day}, worked out here rather than by the aggregate's helper. */
    private static Instant afterDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }

    private static ObjectionRaisedEvent objection(String objectionId) {
        return new ObjectionRaisedEvent(ID, objectionId, "赵磊", "潍坊市丰收农机专业合作社", TEXT,
                awaitingDecision().size() - 1);
    }

    // ---- decision -------------------------------------------------------------------------------------------

    @Test
    void approvalPublishesTheCurrentVersion() {
        List<Object> history = awaitingDecision();
        given(history)
                .when(approve(TODAY, 5), as(SUPERVISOR))
                .expectEvents(new ProjectApprovedForPublicityEvent(ID, "同意立项", history.size() - 1, TODAY,
                        PUBLICITY_END));
        List<Object> longer = plus(history, attached("A7"), attached("A8"));
        given(longer)
                .when(new ApproveProjectCommand(ID, " ", 5, TODAY), as(SUPERVISOR))
                .expectEvents(new ProjectApprovedForPublicityEvent(ID, null, longer.size() - 1, TODAY,
                        PUBLICITY_END));
    }

    static Stream<Arguments> publicityPeriods() {
        return Stream.of(
                Arguments.of(LocalDate.of(2026, 3, 2), 5, LocalDate.of(2026, 3, 6)), // Monday to Friday
                Arguments.of(LocalDate.of(2026, 3, 5), 5, LocalDate.of(2026, 3, 11)), // Thursday over a weekend
                Arguments.of(LocalDate.of(2026, 3, 7), 1, LocalDate.of(2026, 3, 9)), // from a Saturday
                Arguments.of(LocalDate.of(2026, 3, 6), 1, LocalDate.of(2026, 3, 6)),
                Arguments.of(LocalDate.of(2026, 3, 2), 10, LocalDate.of(2026, 3, 13)));
    }

    @ParameterizedTest
    @MethodSource("publicityPeriods")
    void publicityLastsTheGivenNumberOfWorkingDays(LocalDate startsOn, int workingDays, LocalDate endsOn) {
        given(awaitingDecision())
                .when(approve(startsOn, workingDays), as(SUPERVISOR))
                .expectEvents(new ProjectApprovedForPublicityEvent(ID, "同意立项", awaitingDecision().size() - 1,
                        startsOn, endsOn))
                .expectScheduledDeadline(afterDay(endsOn), new DeadlinePayload(endsOn, null));
    }

    @Test
    void refusesPublicityThatStartedInThePastOrADecisionBeforeTheReviewEnds() {
        given(awaitingDecision())
                .when(approve(TODAY.minusDays(1), 5), as(SUPERVISOR))
                .expectException(rule("project.error.dateInPast"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        given(inExpertReview())
                .when(approve(TODAY, 5), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
        given(inPublicity())
                .when(approve(TODAY, 5), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void rejectsOnlyAtTheDecision() {
        given(awaitingDecision())
                .when(new RejectProjectCommand(ID, " 不符合支持方向 "), as(SUPERVISOR))
                .expectEvents(new ProjectRejectedEvent(ID, "不符合支持方向"));
        given(inPublicity())
                .when(new RejectProjectCommand(ID, "不符合支持方向"), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    // ---- objections -----------------------------------------------------------------------------------------

    @Test
    void anObjectionNamesItsAuthorAndThePublishedVersion() {
        given(inPublicity())
                .when(new RaiseObjectionCommand(ID, "O1", " 赵磊 ", " 潍坊市丰收农机专业合作社 ", " " + TEXT + " "),
                        as(OUTSIDER_MEMBER))
                .expectEvents(objection("O1"));
    }

    @Test
    void objectionsAreTakenOnlyWhilePublicityRuns() {
        RaiseObjectionCommand raise = new RaiseObjectionCommand(ID, "O1", "赵磊", "潍坊市丰收农机专业合作社", TEXT);
        given(awaitingDecision())
                .when(raise, as(OUTSIDER_MEMBER))
                .expectException(rule("project.error.wrongState"));
        given(publicityOver())
                .when(raise, as(OUTSIDER_MEMBER))
                .expectException(rule("project.error.publicityOver"))
                .expectNoEvents();
        given(plus(inPublicity(), objection("O1")))
                .when(raise, as(OUTSIDER_MEMBER))
                .expectException(rule("project.error.duplicateId"));
    }

    @Test
    void objectionsOpenOnThePublicityStartDay() {
        List<Object> decided = awaitingDecision();
        List<Object> startsTomorrow = plus(decided, new ProjectApprovedForPublicityEvent(ID, "同意立项",
                decided.size() - 1, TODAY.plusDays(1), PUBLICITY_END));
        given(startsTomorrow)
                .when(new RaiseObjectionCommand(ID, "O1", "赵磊", "潍坊市丰收农机专业合作社", TEXT), as(OUTSIDER_MEMBER))
                .expectException(rule("project.error.publicityNotStarted"))
                .expectNoEvents();
    }

    @Test
    void anObjectionIsAnsweredOnceEvenAfterPublicityEnded() {
        given(plus(publicityOver(), objection("O1")))
                .when(new AnswerObjectionCommand(ID, "O1", " 单价经三家询价确定 "), as(STAFF))
                .expectEvents(new ObjectionAnsweredEvent(ID, "O1", "单价经三家询价确定"));
        given(plus(inPublicity(), objection("O1"), new ObjectionAnsweredEvent(ID, "O1", "已答复")))
                .when(new AnswerObjectionCommand(ID, "O1", "再次答复"), as(STAFF))
                .expectException(rule("project.error.objectionAnswered"));
        given(inPublicity())
                .when(new AnswerObjectionCommand(ID, "O9", "答复"), as(STAFF))
                .expectException(rule("project.error.unknownObjection"));
    }

    // ---- the end of publicity -------------------------------------------------------------------------------

    @Test
    void publicityEndsWhenItsLastWorkingDayIsOver() {
        fixture.givenCurrentTime(NOW)
                .andGiven(awaitingDecision())
                .andGivenCommands(approve(TODAY, 5))
                .whenTimeAdvancesTo(afterDay(PUBLICITY_END))
                .expectTriggeredDeadlinesWithName(Deadlines.PUBLICITY)
                .expectEvents(new PublicityEndedEvent(ID, PUBLICITY_END, 0));
    }

    @Test
    void publicityRunsThroughItsLastWorkingDay() {
        fixture.givenCurrentTime(NOW)
                .andGiven(awaitingDecision())
                .andGivenCommands(approve(TODAY, 5))
                .whenTimeAdvancesTo(afterDay(PUBLICITY_END).minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void theEndOfPublicityCountsTheObjections() {
        fixture.givenCurrentTime(NOW)
                .andGiven(awaitingDecision())
                .andGivenCommands(approve(TODAY, 5),
                        new RaiseObjectionCommand(ID, "O1", "赵磊", "潍坊市丰收农机专业合作社", TEXT),
                        new RaiseObjectionCommand(ID, "O2", "钱程", "寿光市农机协会", "培训人次目标偏低，请说明依据"))
                .whenTimeAdvancesTo(afterDay(PUBLICITY_END))
                .expectEvents(new PublicityEndedEvent(ID, PUBLICITY_END, 2));
    }

    @Test
    void publicityEndsEvenWhileTheProjectIsSuspended() {
        // Otherwise a project suspended during publicity and resumed later could never be approved.
        fixture.givenCurrentTime(NOW)
                .andGiven(awaitingDecision())
                .andGivenCommands(approve(TODAY, 5),
                        new SuspendProjectCommand(ID, "核查举报线索", FundingAction.PAUSE, null))
                .whenTimeAdvancesTo(afterDay(PUBLICITY_END))
                .expectEvents(new PublicityEndedEvent(ID, PUBLICITY_END, 0));
    }

    @Test
    void aProjectResumedAfterPublicityEndedIsApproved() {
        given(plus(inPublicity(),
                new ProjectSuspendedEvent(ID, ProjectStatus.PUBLICITY, "核查举报线索", FundingAction.PAUSE, null),
                new PublicityEndedEvent(ID, PUBLICITY_END, 0),
                new ProjectResumedEvent(ID, ProjectStatus.PUBLICITY, "核查完毕")))
                .when(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), as(SUPERVISOR))
                .expectEvents(new ProjectApprovedEvent(ID, baseline(), money("550.50"), money("350.50")),
                        new ProjectEnteredLibraryEvent(ID, LibraryState.IMPLEMENTATION, "approval", false));
    }

    // ---- approval -------------------------------------------------------------------------------------------

    @Test
    void refusesApprovalWhilePublicityRunsOrObjectionsAreOpen() {
        given(inPublicity())
                .when(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), as(SUPERVISOR))
                .expectException(rule("project.error.publicityRunning"))
                .expectNoEvents();
        given(plus(inPublicity(), objection("O1"), objection("O2"), new ObjectionAnsweredEvent(ID, "O1", "已答复"),
                new PublicityEndedEvent(ID, PUBLICITY_END, 2)))
                .when(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), as(SUPERVISOR))
                .expectException(rule("project.error.objectionsOpen"))
                .expectNoEvents();
        given(awaitingDecision())
                .when(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), as(SUPERVISOR))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void refusesToApproveStraightOutOfTheLibrary() {
        given(publicityOver())
                .when(new ConfirmApprovalCommand(ID, LibraryState.EXITED), as(SUPERVISOR))
                .expectException(rule("project.error.libraryStateInvalid"))
                .expectNoEvents();
    }

    @Test
    void approvalFreezesTheBaselineAndEntersTheLibrary() {
        // Budget 300.00 + 200.00 + 50.50 = 550.50; provincial subsidy (L1 and L3) 300.00 + 50.50 = 350.50.
        given(plus(inPublicity(), objection("O1"), new ObjectionAnsweredEvent(ID, "O1", "已答复"),
                new PublicityEndedEvent(ID, PUBLICITY_END, 1)))
                .when(new ConfirmApprovalCommand(ID, LibraryState.RESERVE), as(SUPERVISOR))
                .expectEvents(new ProjectApprovedEvent(ID, baseline(), money("550.50"), money("350.50")),
                        new ProjectEnteredLibraryEvent(ID, LibraryState.RESERVE, "approval", false));
    }

    @Test
    void theBaselineIsThePlanAsRevisedBeforeApproval() {
        List<Object> draft = plus(completeDraft(),
                new ProjectOverviewRevisedEvent(ID, ProjectKind.PUBLIC_SERVICE_PLATFORM, "智慧农机公共服务平台建设", "李娜",
                        2026, 2028),
                new BudgetLineRevisedEvent(ID, "L2", "运维系统", FundingSource.CITY_FUNDS, money("180.00")),
                new BudgetLineRemovedEvent(ID, "L3"),
                new IndicatorRevisedEvent(ID, "K1", "服务企业数量", "家", money("150")));
        List<Object> over = publicityOver();
        List<Object> history = plus(draft, over.subList(completeDraft().size(), over.size()).toArray());
        ProjectBaseline expected = new ProjectBaseline(LEAD, "李娜", 2026, 2028,
                List.of(new BaselineLine("L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY, money("300.00")),
                        new BaselineLine("L2", "运维系统", FundingSource.CITY_FUNDS, money("180.00"))),
                List.of(new BaselineMilestone("M1", "检测中心建成", M1_DUE),
                        new BaselineMilestone("M2", "培训基地运行", M2_DUE)),
                List.of(new BaselineIndicator("K1", "服务企业数量", "家", money("150"))));
        given(history)
                .when(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), as(SUPERVISOR))
                .expectEvents(new ProjectApprovedEvent(ID, expected, money("480.00"), money("300.00")),
                        new ProjectEnteredLibraryEvent(ID, LibraryState.IMPLEMENTATION, "approval", false));
    }
}
