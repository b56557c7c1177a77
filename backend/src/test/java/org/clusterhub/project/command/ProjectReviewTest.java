package org.clusterhub.project.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.project.command.ProjectTestData.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.clusterhub.project.api.BudgetLineRemovedEvent;
import org.clusterhub.project.api.CriterionScore;
import org.clusterhub.project.api.DeclareConflictOfInterestCommand;
import org.clusterhub.project.api.DrawExpertPanelCommand;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.project.api.ExpertConflictDeclaredEvent;
import org.clusterhub.project.api.ExpertPanelDrawnEvent;
import org.clusterhub.project.api.ExpertResult;
import org.clusterhub.project.api.ExpertReviewCompletedEvent;
import org.clusterhub.project.api.ExpertScoresLockedEvent;
import org.clusterhub.project.api.IndicatorRemovedEvent;
import org.clusterhub.project.api.LockExpertScoresCommand;
import org.clusterhub.project.api.MilestoneRemovedEvent;
import org.clusterhub.project.api.ProjectRecommendedEvent;
import org.clusterhub.project.api.ProjectReturnedEvent;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectSubmittedEvent;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.ReturnProjectCommand;
import org.clusterhub.project.api.ReviewStage;
import org.clusterhub.project.api.ScoringCriterion;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Submission, the center city's first review, and the expert review with its random draw and sealed scores. */
class ProjectReviewTest extends ProjectFixtureTest {

    private static final List<ExpertCandidate> POOL = List.of(E1, E2, E3, E4, E5, E_PARTNER, E_LEAD);

    private static DrawExpertPanelCommand draw(List<ExpertCandidate> pool, int panelSize, long seed) {
        return new DrawExpertPanelCommand(ID, pool, panelSize, CRITERIA, REVIEW_DUE, seed);
    }

    private static List<Object> without(List<Object> history, Object... left) {
        List<Object> rest = new ArrayList<>(history);
        rest.removeAll(List.of(left));
        return rest;
    }

    // ---- submission -----------------------------------------------------------------------------------------

    @Test
    void submitsACompleteDraftForTheCitysReview() {
        given(completeDraft())
                .when(new SubmitProjectCommand(ID, null), as(STAFF))
                .expectEvents(new ProjectSubmittedEvent(ID, CITY, TODAY.plusDays(10)));
    }

    static Stream<Arguments> incompleteDrafts() {
        List<Object> complete = completeDraft();
        return Stream.of(
                Arguments.of(without(complete, aims()), "project.error.incomplete.aims"),
                Arguments.of(plus(complete, new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "")),
                        "project.error.incomplete.aims"),
                Arguments.of(without(complete, content()), "project.error.incomplete.content"),
                Arguments.of(without(complete, line1(), line2(), line3()), "project.error.incomplete.budget"),
                Arguments.of(plus(complete, new BudgetLineRemovedEvent(ID, "L1"), new BudgetLineRemovedEvent(ID, "L2"),
                        new BudgetLineRemovedEvent(ID, "L3")), "project.error.incomplete.budget"),
                Arguments.of(plus(complete, new MilestoneRemovedEvent(ID, "M1"), new MilestoneRemovedEvent(ID, "M2")),
                        "project.error.incomplete.milestones"),
                Arguments.of(plus(complete, new IndicatorRemovedEvent(ID, "K1")),
                        "project.error.incomplete.indicators"));
    }

    @ParameterizedTest
    @MethodSource("incompleteDrafts")
    void refusesAnIncompleteDraft(List<Object> history, String messageKey) {
        given(history)
                .when(new SubmitProjectCommand(ID, null), as(STAFF))
                .expectException(rule(messageKey))
                .expectNoEvents();
    }

    @Test
    void refusesASecondSubmission() {
        given(submitted())
                .when(new SubmitProjectCommand(ID, null), as(STAFF))
                .expectException(rule("project.error.wrongState"))
                .expectNoEvents();
    }

    // ---- city review ----------------------------------------------------------------------------------------

    @Test
    void theCityRecommendsOrReturnsOnlyASubmittedProject() {
        given(completeDraft())
                .when(new RecommendProjectCommand(ID, "同意"), as(COORDINATOR))
                .expectException(rule("project.error.wrongState"));
        given(recommended())
                .when(new RecommendProjectCommand(ID, "同意"), as(COORDINATOR))
                .expectException(rule("project.error.wrongState"));
        given(recommended())
                .when(new ReturnProjectCommand(ID, "补充材料"), as(COORDINATOR))
                .expectException(rule("project.error.wrongState"))
                .expectNoEvents();
    }

    @Test
    void aReturnedProjectIsResubmitted() {
        given(plus(submitted(), new ProjectReturnedEvent(ID, ReviewStage.CITY_REVIEW, "补充可行性分析")))
                .when(new SubmitProjectCommand(ID, null), as(STAFF))
                .expectEvents(new ProjectSubmittedEvent(ID, CITY, TODAY.plusDays(10)));
    }

    // ---- drawing the panel ----------------------------------------------------------------------------------

    @Test
    void drawsExpertsLeavingOutThoseOfParticipatingOrganizations() {
        EventCaptor captured = new EventCaptor();
        given(recommended())
                .when(draw(POOL, 3, 7L))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(captured);
        ExpertPanelDrawnEvent drawn = captured.only(ExpertPanelDrawnEvent.class);
        assertThat(drawn.excluded()).containsExactly(E_PARTNER.username(), E_LEAD.username());
        assertThat(drawn.drawn()).hasSize(3).doesNotHaveDuplicates().isSubsetOf(E1, E2, E3, E4, E5);
        assertThat(drawn.criteria()).isEqualTo(CRITERIA);
        assertThat(drawn.seed()).isEqualTo(7L);
        assertThat(drawn.poolSize()).isEqualTo(POOL.size());
        assertThat(drawn.dueDate()).isEqualTo(REVIEW_DUE);
    }

    @Test
    void theSameSeedAndPoolDrawTheSameExpertsWhateverTheirOrder() {
        List<ExpertCandidate> reversed = new ArrayList<>(POOL);
        java.util.Collections.reverse(reversed);
        assertThat(drawnWith(reversed, 7L)).isEqualTo(drawnWith(POOL, 7L));
    }

    @Test
    void otherSeedsDrawOtherPanels() {
        Set<List<ExpertCandidate>> panels = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            panels.add(drawnWith(POOL, seed));
        }
        assertThat(panels).hasSizeGreaterThan(1);
    }

    private List<ExpertCandidate> drawnWith(List<ExpertCandidate> pool, long seed) {
        EventCaptor captured = new EventCaptor();
        given(recommended()).when(draw(pool, 3, seed)).expectEventsMatching(captured);
        return captured.only(ExpertPanelDrawnEvent.class).drawn();
    }

    @Test
    void anExpertListedTwiceInThePoolIsDrawnOnce() {
        EventCaptor captured = new EventCaptor();
        given(recommended())
                .when(draw(List.of(E1, E1, E2, E3), 3, 1L))
                .expectEventsMatching(captured);
        assertThat(captured.only(ExpertPanelDrawnEvent.class).drawn()).containsExactlyInAnyOrder(E1, E2, E3);
    }

    @Test
    void refusesAPoolTooSmallOnceParticipantsAreLeftOut() {
        given(recommended())
                .when(draw(List.of(E1, E2, E_PARTNER, E_LEAD), 3, 1L))
                .expectException(rule("project.error.poolTooSmall"))
                .expectNoEvents();
    }

    @Test
    void refusesCriteriaWhoseWeightsDoNotAddUpTo100() {
        List<ScoringCriterion> ninety = List.of(new ScoringCriterion("plan", "实施方案", "Plan", 50),
                new ScoringCriterion("budget", "预算", "Budget", 40));
        given(recommended())
                .when(new DrawExpertPanelCommand(ID, POOL, 3, ninety, REVIEW_DUE, 1L))
                .expectException(rule("project.error.weightsNot100"))
                .expectNoEvents();
        List<ScoringCriterion> twice = List.of(new ScoringCriterion("plan", "实施方案", "Plan", 50),
                new ScoringCriterion("plan", "实施方案", "Plan", 50));
        given(recommended())
                .when(new DrawExpertPanelCommand(ID, POOL, 3, twice, REVIEW_DUE, 1L))
                .expectException(rule("project.error.duplicateCriterion"));
    }

    @Test
    void refusesAReviewDueInThePast() {
        given(recommended())
                .when(new DrawExpertPanelCommand(ID, POOL, 3, CRITERIA, TODAY.minusDays(1), 1L))
                .expectException(rule("project.error.dateInPast"));
    }

    @Test
    void refusesADrawBeforeTheCityRecommends() {
        given(submitted())
                .when(draw(POOL, 3, 1L))
                .expectException(rule("project.error.wrongState"));
    }

    @Test
    void refusesADrawWhenThePanelIsComplete() {
        given(inExpertReview())
                .when(draw(POOL, 3, 1L))
                .expectException(rule("project.error.panelFull"));
    }

    @Test
    void drawsAReplacementForARecusedExpertKeepingTheCriteria() {
        List<ScoringCriterion> other = List.of(new ScoringCriterion("all", "综合", "Overall", 100));
        given(plus(inExpertReview(), new ExpertConflictDeclaredEvent(ID, E2.username(), true, "曾为该项目提供咨询")))
                .when(new DrawExpertPanelCommand(ID, List.of(E1, E2, E3, E4), 3, other, REVIEW_DUE, 9L))
                .expectEvents(new ExpertPanelDrawnEvent(ID, List.of(E4), List.of(), CRITERIA, REVIEW_DUE, 9L, 4));
    }

    @Test
    void aProjectReturnedAtTheDecisionGetsAFreshPanel() {
        List<ScoringCriterion> other = List.of(new ScoringCriterion("all", "综合", "Overall", 100));
        List<Object> again = plus(awaitingDecision(),
                new ProjectReturnedEvent(ID, ReviewStage.PROVINCIAL_DECISION, "压缩预算后再议"),
                new ProjectSubmittedEvent(ID, CITY, TODAY.plusDays(10)), new ProjectRecommendedEvent(ID, CITY, "同意"));
        EventCaptor captured = new EventCaptor();
        given(again)
                .when(new DrawExpertPanelCommand(ID, List.of(E1, E2, E3), 3, other, REVIEW_DUE, 3L))
                .expectEventsMatching(captured);
        ExpertPanelDrawnEvent drawn = captured.only(ExpertPanelDrawnEvent.class);
        // The former panel (E1-E3) is gone: they can be drawn again, and the new criteria apply.
        assertThat(drawn.drawn()).containsExactlyInAnyOrder(E1, E2, E3);
        assertThat(drawn.criteria()).isEqualTo(other);
    }

    // ---- declarations and scores ----------------------------------------------------------------------------

    @Test
    void anExpertDeclaresOnce() {
        given(inExpertReview())
                .when(new DeclareConflictOfInterestCommand(ID, true, " 曾为该项目提供咨询 "), as(expert(E2)))
                .expectEvents(new ExpertConflictDeclaredEvent(ID, E2.username(), true, "曾为该项目提供咨询"));
        given(inExpertReview())
                .when(new DeclareConflictOfInterestCommand(ID, false, " "), as(expert(E2)))
                .expectEvents(new ExpertConflictDeclaredEvent(ID, E2.username(), false, null));
        given(allDeclared())
                .when(new DeclareConflictOfInterestCommand(ID, true, null), as(expert(E2)))
                .expectException(rule("project.error.alreadyDeclared"))
                .expectNoEvents();
    }

    @Test
    void anExpertDeclaresBeforeScoringAndARecusedExpertNeverScores() {
        given(inExpertReview())
                .when(new LockExpertScoresCommand(ID, lockedE1().scores(), null), as(expert(E1)))
                .expectException(rule("project.error.declareFirst"))
                .expectNoEvents();
        given(plus(inExpertReview(), new ExpertConflictDeclaredEvent(ID, E1.username(), true, "亲属任职")))
                .when(new LockExpertScoresCommand(ID, lockedE1().scores(), null), as(expert(E1)))
                .expectException(rule("project.error.declareFirst"))
                .expectNoEvents();
    }

    static Stream<List<CriterionScore>> badScoreSheets() {
        List<CriterionScore> missing = scores(80, 80, 80, 80);
        List<CriterionScore> twice = new ArrayList<>(scores(80, 80, 80, 80, 80));
        twice.add(new CriterionScore(CRITERIA.get(0).key(), 90));
        List<CriterionScore> unknown = new ArrayList<>(scores(80, 80, 80, 80));
        unknown.add(new CriterionScore("innovation", 80));
        return Stream.of(missing, twice, unknown);
    }

    @ParameterizedTest
    @MethodSource("badScoreSheets")
    void anExpertScoresEveryCriterionExactlyOnce(List<CriterionScore> sheet) {
        given(allDeclared())
                .when(new LockExpertScoresCommand(ID, sheet, null), as(expert(E1)))
                .expectException(rule("project.error.scoreEveryCriterion"))
                .expectNoEvents();
    }

    @Test
    void lockedScoresStayLocked() {
        given(plus(allDeclared(), lockedE1()))
                .when(new LockExpertScoresCommand(ID, scores(10, 10, 10, 10, 10), null), as(expert(E1)))
                .expectException(rule("project.error.alreadyLocked"))
                .expectNoEvents();
    }

    @Test
    void aLockBeforeTheLastOneRevealsNothing() {
        given(plus(allDeclared(), lockedE1()))
                .when(new LockExpertScoresCommand(ID, lockedE2().scores(), " 建议压缩设备预算 "), as(expert(E2)))
                .expectEvents(new ExpertScoresLockedEvent(ID, E2.username(), lockedE2().scores(), "建议压缩设备预算"));
    }

    @Test
    void theLastLockCompletesTheReviewWithWeightedTotalsAndTheirAverage() {
        given(plus(allDeclared(), lockedE1(), lockedE2()))
                .when(new LockExpertScoresCommand(ID, lockedE3().scores(), null), as(expert(E3)))
                .expectEvents(lockedE3(), reviewCompleted());
    }

    @Test
    void theAverageRoundsHalfUpToTwoDecimals() {
        // Totals 100.00, 100.00 and 99.85 (E3 gives 99 for the 15 % budget criterion): 299.85 / 3 = 99.95.
        given(plus(allDeclared(), locked(E1, 100, 100, 100, 100, 100), locked(E2, 100, 100, 100, 100, 100)))
                .when(new LockExpertScoresCommand(ID, scores(100, 100, 100, 99, 100), null), as(expert(E3)))
                .expectEvents(locked(E3, 100, 100, 100, 99, 100), new ExpertReviewCompletedEvent(ID, List.of(
                        new ExpertResult(E1.username(), E1.displayName(), scores(100, 100, 100, 100, 100),
                                money("100.00"), null),
                        new ExpertResult(E2.username(), E2.displayName(), scores(100, 100, 100, 100, 100),
                                money("100.00"), null),
                        new ExpertResult(E3.username(), E3.displayName(), scores(100, 100, 100, 99, 100),
                                money("99.85"), null)), money("99.95")));
    }

    @Test
    void aRecusedExpertIsLeftOutOfTheResults() {
        List<Object> fourDrawn = plus(recommended(), panelOf(E1, E2, E3, E4),
                new ExpertConflictDeclaredEvent(ID, E1.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E2.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E3.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E4.username(), true, "同单位"), lockedE1(), lockedE2());
        given(fourDrawn)
                .when(new LockExpertScoresCommand(ID, lockedE3().scores(), null), as(expert(E3)))
                .expectEvents(lockedE3(), reviewCompleted());
    }

    @Test
    void theLastOpenExpertRecusingThemselfCompletesTheReview() {
        List<Object> threeLocked = plus(recommended(), panelOf(E1, E2, E3, E4),
                new ExpertConflictDeclaredEvent(ID, E1.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E2.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E3.username(), false, null), lockedE1(), lockedE2(), lockedE3());
        given(threeLocked)
                .when(new DeclareConflictOfInterestCommand(ID, true, "同单位"), as(expert(E4)))
                .expectEvents(new ExpertConflictDeclaredEvent(ID, E4.username(), true, "同单位"), reviewCompleted());
    }

    @Test
    void fewerThanThreeActiveExpertsDoNotCompleteTheReview() {
        List<Object> oneRecused = plus(inExpertReview(),
                new ExpertConflictDeclaredEvent(ID, E1.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E3.username(), true, "同单位"), lockedE1());
        given(oneRecused)
                .when(new DeclareConflictOfInterestCommand(ID, false, null), as(expert(E2)))
                .expectEvents(new ExpertConflictDeclaredEvent(ID, E2.username(), false, null));
        given(plus(oneRecused, new ExpertConflictDeclaredEvent(ID, E2.username(), false, null)))
                .when(new LockExpertScoresCommand(ID, lockedE2().scores(), null), as(expert(E2)))
                .expectEvents(lockedE2());
    }

    @Test
    void noScoresAfterTheReviewCompleted() {
        given(awaitingDecision())
                .when(new LockExpertScoresCommand(ID, lockedE1().scores(), null), as(expert(E1)))
                .expectException(rule("project.error.wrongState"));
    }
}
