package org.clusterhub.project.command;

import static org.clusterhub.project.command.ProjectTestData.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.TestExecutor;
import org.clusterhub.project.api.ConfirmApprovalCommand;
import org.clusterhub.project.api.DeadlineKind;
import org.clusterhub.project.api.DrawExpertPanelCommand;
import org.clusterhub.project.api.EvaluationGrade;
import org.clusterhub.project.api.ExpertConflictDeclaredEvent;
import org.clusterhub.project.api.FundingAction;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.LockExpertScoresCommand;
import org.clusterhub.project.api.ProjectDeadlineMissedEvent;
import org.clusterhub.project.api.ProjectRecommendedEvent;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.ReportMilestoneProgressCommand;
import org.clusterhub.project.api.ReturnProjectCommand;
import org.clusterhub.project.api.SelfEvaluationStage;
import org.clusterhub.project.api.StartMidtermEvaluationCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.project.api.SubmitSelfEvaluationCommand;
import org.clusterhub.project.api.TerminateProjectCommand;
import org.clusterhub.project.api.WithdrawProjectCommand;
import org.junit.jupiter.api.Test;

/**
 * The dates a project watches: the city's review, the expert review, milestones and the mid-term self-evaluation. A
 * deadline that passes with the work still pending is recorded as missed; work done in time cancels or outlives it.
 */
class ProjectDeadlinesTest extends ProjectFixtureTest {

    private static final LocalDate CITY_DUE = TODAY.plusDays(10);
    private static final LocalDate SELF_DUE = TODAY.plusDays(30);

    /** Midnight in Shanghai after {@code day}: a due date is met until that day is over. */
    private static Instant afterDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }

    /** {@code history}, then {@code commands} sent as SYSTEM, so that their deadlines are really scheduled. */
    private TestExecutor<Project> givenCommands(List<Object> history, Object... commands) {
        createFixture();
        return fixture.givenCurrentTime(NOW).andGiven(history).andGivenCommands(commands);
    }

    // ---- city review ----------------------------------------------------------------------------------------

    @Test
    void submittingSchedulesTheCitysReviewDeadline() {
        given(completeDraft())
                .when(new SubmitProjectCommand(ID, null), as(STAFF))
                .expectScheduledDeadline(afterDay(CITY_DUE), new DeadlinePayload(CITY_DUE, null))
                .expectScheduledDeadlineWithName(afterDay(CITY_DUE), Deadlines.CITY_REVIEW);
    }

    @Test
    void theCitysDecisionCancelsItsDeadline() {
        givenCommands(completeDraft(), new SubmitProjectCommand(ID, null))
                .when(new RecommendProjectCommand(ID, "同意"), as(COORDINATOR))
                .expectNoScheduledDeadlines();
        givenCommands(completeDraft(), new SubmitProjectCommand(ID, null))
                .when(new ReturnProjectCommand(ID, "补充材料"), as(COORDINATOR))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCityReviewStillPendingWhenItsDayIsOverIsMissed() {
        givenCommands(completeDraft(), new SubmitProjectCommand(ID, null))
                .whenTimeAdvancesTo(afterDay(CITY_DUE))
                .expectTriggeredDeadlinesWithName(Deadlines.CITY_REVIEW)
                .expectEvents(new ProjectDeadlineMissedEvent(ID, DeadlineKind.CITY_REVIEW, null, CITY_DUE));
        givenCommands(completeDraft(), new SubmitProjectCommand(ID, null))
                .whenTimeAdvancesTo(afterDay(CITY_DUE).minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aDeadlineFiringAfterTheWorkWasDoneRecordsNothing() {
        // Recorded as an event only, so the deadline is not cancelled and does fire.
        givenCommands(completeDraft(), new SubmitProjectCommand(ID, null))
                .andGiven(new ProjectRecommendedEvent(ID, CITY, "同意"))
                .whenTimeAdvancesTo(afterDay(CITY_DUE))
                .expectTriggeredDeadlinesWithName(Deadlines.CITY_REVIEW)
                .expectNoEvents();
    }

    // ---- expert review --------------------------------------------------------------------------------------

    private static DrawExpertPanelCommand drawThree(LocalDate due) {
        return new DrawExpertPanelCommand(ID, List.of(E1, E2, E3, E4), 3, CRITERIA, due, 5L);
    }

    @Test
    void drawingThePanelSchedulesTheExpertReviewDeadline() {
        given(recommended())
                .when(drawThree(REVIEW_DUE))
                .expectScheduledDeadline(afterDay(REVIEW_DUE), new DeadlinePayload(REVIEW_DUE, null))
                .expectScheduledDeadlineWithName(afterDay(REVIEW_DUE), Deadlines.EXPERT_REVIEW);
        givenCommands(recommended(), drawThree(REVIEW_DUE))
                .whenTimeAdvancesTo(afterDay(REVIEW_DUE))
                .expectEvents(new ProjectDeadlineMissedEvent(ID, DeadlineKind.EXPERT_REVIEW, null, REVIEW_DUE));
    }

    @Test
    void aReplacementDrawMovesTheExpertReviewDeadline() {
        LocalDate later = REVIEW_DUE.plusDays(7);
        givenCommands(recommended(), new DrawExpertPanelCommand(ID, List.of(E1, E2, E3), 3, CRITERIA, REVIEW_DUE, 5L))
                .andGiven(new ExpertConflictDeclaredEvent(ID, E2.username(), true, "同单位"))
                .when(drawThree(later))
                .expectScheduledDeadline(afterDay(later), new DeadlinePayload(later, null))
                .expectNoScheduledDeadline(afterDay(REVIEW_DUE), new DeadlinePayload(REVIEW_DUE, null));
    }

    @Test
    void completingTheReviewCancelsItsDeadline() {
        givenCommands(recommended(), new DrawExpertPanelCommand(ID, List.of(E1, E2, E3), 3, CRITERIA, REVIEW_DUE, 5L))
                .andGiven(new ExpertConflictDeclaredEvent(ID, E1.username(), false, null),
                        new ExpertConflictDeclaredEvent(ID, E2.username(), false, null),
                        new ExpertConflictDeclaredEvent(ID, E3.username(), false, null), lockedE1(), lockedE2())
                .when(new LockExpertScoresCommand(ID, lockedE3().scores(), null), as(expert(E3)))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    // ---- milestones -----------------------------------------------------------------------------------------

    @Test
    void approvalSchedulesADeadlinePerMilestone() {
        given(publicityOver())
                .when(new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION), as(SUPERVISOR))
                .expectScheduledDeadline(afterDay(M1_DUE), new DeadlinePayload(M1_DUE, "M1"))
                .expectScheduledDeadline(afterDay(M2_DUE), new DeadlinePayload(M2_DUE, "M2"));
    }

    @Test
    void aMilestoneNotCompletedByItsDateIsMissed() {
        givenCommands(publicityOver(), new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION))
                .whenTimeAdvancesTo(afterDay(M1_DUE))
                .expectTriggeredDeadlinesWithName(Deadlines.MILESTONE)
                .expectEvents(new ProjectDeadlineMissedEvent(ID, DeadlineKind.MILESTONE, "M1", M1_DUE));
    }

    @Test
    void aCompletedMilestonesDeadlinePassesQuietly() {
        givenCommands(publicityOver(), new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION),
                GenericCommandMessage.asCommandMessage(
                        new ReportMilestoneProgressCommand(ID, "M1", 100, "检测中心建成", List.of()))
                        .andMetaData(as(LEAD_MEMBER)))
                .whenTimeAdvancesTo(afterDay(M1_DUE))
                .expectTriggeredDeadlinesWithName(Deadlines.MILESTONE)
                .expectNoEvents();
        givenCommands(publicityOver(), new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION),
                GenericCommandMessage.asCommandMessage(
                        new ReportMilestoneProgressCommand(ID, "M1", 100, "检测中心建成", List.of()))
                        .andMetaData(as(LEAD_MEMBER)))
                .whenTimeAdvancesTo(afterDay(M2_DUE))
                .expectEvents(new ProjectDeadlineMissedEvent(ID, DeadlineKind.MILESTONE, "M2", M2_DUE));
    }

    // ---- mid-term self-evaluation ---------------------------------------------------------------------------

    @Test
    void theMidtermSelfEvaluationIsWatched() {
        given(inProgress())
                .when(new StartMidtermEvaluationCommand(ID, SELF_DUE), as(SUPERVISOR))
                .expectScheduledDeadline(afterDay(SELF_DUE), new DeadlinePayload(SELF_DUE, null))
                .expectScheduledDeadlineWithName(afterDay(SELF_DUE), Deadlines.SELF_EVALUATION);
        givenCommands(inProgress(), new StartMidtermEvaluationCommand(ID, SELF_DUE))
                .whenTimeAdvancesTo(afterDay(SELF_DUE))
                .expectEvents(new ProjectDeadlineMissedEvent(ID, DeadlineKind.SELF_EVALUATION, null, SELF_DUE));
        givenCommands(inProgress(), new StartMidtermEvaluationCommand(ID, SELF_DUE))
                .when(new SubmitSelfEvaluationCommand(ID, SelfEvaluationStage.MIDTERM, EvaluationGrade.GOOD,
                        "检测中心已建成并投入试运行"), as(LEAD_MEMBER))
                .expectNoScheduledDeadlines();
    }

    // ---- leaving the lifecycle ------------------------------------------------------------------------------

    @Test
    void withdrawalAndTerminationCancelEveryDeadline() {
        givenCommands(completeDraft(), new SubmitProjectCommand(ID, null))
                .when(new WithdrawProjectCommand(ID, "不再申报"), as(STAFF))
                .expectNoScheduledDeadlines();
        givenCommands(publicityOver(), new ConfirmApprovalCommand(ID, LibraryState.IMPLEMENTATION))
                .when(new TerminateProjectCommand(ID, "严重违规", FundingAction.NONE, null), as(SUPERVISOR))
                .expectNoScheduledDeadlines();
    }
}
