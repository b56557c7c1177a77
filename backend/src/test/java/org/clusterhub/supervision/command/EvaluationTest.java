package org.clusterhub.supervision.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.*;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The yearly evaluation's steps in order (opened, self-assessed, scored, finalized), who may take each, and that a
 * finalized result changes only by an open correction. The clock stands at {@link #NOW} (2026-12-07 in Shandong).
 */
class EvaluationTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final ClusterId CLUSTER = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final ClusterId OTHER_CLUSTER = ClusterId.forPlanCode("cnc-machine-tools");
    static final EvaluationId ID = EvaluationId.forClusterAndYear(CLUSTER, 2026);
    static final LocalDate DUE = LocalDate.of(2026, 12, 20);

    static final Actor STAFF = new Actor("u-staff01", "staff01", "轨道协会", Role.PROMOTION_STAFF,
            Set.of(CLUSTER.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");
    static final Actor OTHER_STAFF = new Actor("u-staff07", "staff07", "机床协会", Role.PROMOTION_STAFF,
            Set.of(OTHER_CLUSTER.toString()), City.JINAN, "山东机床通用机械工业协会");
    static final Actor SUPERVISOR = new Actor("u-sup", "supervisor", "省工信厅", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");
    static final Actor COORDINATOR = new Actor("u-qd", "coord-qingdao", "青岛市", Role.CITY_COORDINATOR, Set.of(),
            City.QINGDAO, "青岛市工业和信息化局");

    private FixtureConfiguration<Evaluation> fixture;

    private TestExecutor<Evaluation> given(Object... events) {
        return givenAt(NOW, events);
    }

    private TestExecutor<Evaluation> givenAt(Instant now, Object... events) {
        fixture = new AggregateTestFixture<>(Evaluation.class);
        return fixture.givenCurrentTime(now).andGiven(List.of(events));
    }

    private static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    private static void expectRule(TestExecutor<Evaluation> executor, Object command, String key) {
        executor.when(command).expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(key)).expectNoEvents();
    }

    static EvaluationOpenedEvent opened() {
        return new EvaluationOpenedEvent(ID, CLUSTER, 2026, DUE);
    }

    static SubmitSelfAssessmentCommand selfAssessment(String overall) {
        return new SubmitSelfAssessmentCommand(ID, List.of(
                new IndicatorAssessment(EvaluationIndicator.ATTENDANCE, " 签到率提高 "),
                new IndicatorAssessment(EvaluationIndicator.PROJECTS_APPROVED, "两个项目立项"),
                new IndicatorAssessment(EvaluationIndicator.CONSORTIA_FOUNDED, "  ")), overall, 88);
    }

    static SelfAssessmentSubmittedEvent selfAssessed(int revision, String overall) {
        return new SelfAssessmentSubmittedEvent(ID, List.of(
                new IndicatorAssessment(EvaluationIndicator.PROJECTS_APPROVED, "两个项目立项"),
                new IndicatorAssessment(EvaluationIndicator.ATTENDANCE, "签到率提高")), overall, 88, revision);
    }

    static ScoreEvaluationCommand score(int overall, OrganizationGrade grade) {
        return new ScoreEvaluationCommand(ID, List.of(
                new IndicatorScore(EvaluationIndicator.MEMBER_ORGANIZATIONS, 70, " "),
                new IndicatorScore(EvaluationIndicator.PROJECTS_APPROVED, 90, " 立项数量居前 ")),
                overall, " 活跃度较高 ", grade);
    }

    static EvaluationScoredEvent scored(int overall, OrganizationGrade grade, boolean withoutSelfAssessment) {
        return new EvaluationScoredEvent(ID, List.of(
                new IndicatorScore(EvaluationIndicator.PROJECTS_APPROVED, 90, "立项数量居前"),
                new IndicatorScore(EvaluationIndicator.MEMBER_ORGANIZATIONS, 70, null)),
                overall, "活跃度较高", grade, withoutSelfAssessment);
    }

    static List<IndicatorFigure> figures() {
        List<IndicatorFigure> figures = new ArrayList<>();
        for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
            figures.add(new IndicatorFigure(indicator, indicator.ordinal(),
                    indicator.amountUnit() == null ? null : new BigDecimal("120.00"), List.of()));
        }
        return figures;
    }

    static final Instant AS_OF = NOW.minusSeconds(5);

    @Nested
    class Opening {

        @Test
        void theProvinceOpensOneEvaluationPerClusterAndYear() {
            fixture = new AggregateTestFixture<>(Evaluation.class);
            fixture.givenCurrentTime(NOW).andGiven(List.of())
                    .when(new OpenEvaluationCommand(CLUSTER, 2026, DUE), as(SUPERVISOR))
                    .expectEvents(opened());
            assertThat(new OpenEvaluationCommand(CLUSTER, 2026, DUE).evaluationId()).isEqualTo(ID)
                    .isNotEqualTo(EvaluationId.forClusterAndYear(CLUSTER, 2025))
                    .isNotEqualTo(EvaluationId.forClusterAndYear(OTHER_CLUSTER, 2026));
        }

        @Test
        void aYearNotBegunCannotBeEvaluatedNorASelfAssessmentBeDueInThePast() {
            fixture = new AggregateTestFixture<>(Evaluation.class);
            fixture.givenCurrentTime(NOW).andGiven(List.of())
                    .when(new OpenEvaluationCommand(CLUSTER, 2027, LocalDate.of(2027, 3, 1)))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("evaluation.error.futureYear"));
            fixture = new AggregateTestFixture<>(Evaluation.class);
            fixture.givenCurrentTime(NOW).andGiven(List.of())
                    .when(new OpenEvaluationCommand(CLUSTER, 2026, LocalDate.of(2026, 12, 6)))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("evaluation.error.dueInThePast"));
        }

        @Test
        void onlyTheProvinceOpensScoresFinalizesAndCorrects() {
            List<org.clusterhub.shared.GuardedCommand> supervisorCommands = List.of(
                    new OpenEvaluationCommand(CLUSTER, 2026, DUE), score(80, OrganizationGrade.GOOD),
                    new FinalizeEvaluationCommand(ID, figures(), AS_OF),
                    new CorrectEvaluationResultCommand(ID, 80, OrganizationGrade.GOOD, "复核"));
            for (var command : supervisorCommands) {
                assertThat(SUPERVISOR.satisfies(command.accessRequirement())).as(command.toString()).isTrue();
                assertThat(STAFF.satisfies(command.accessRequirement())).as(command.toString()).isFalse();
                assertThat(COORDINATOR.satisfies(command.accessRequirement())).as(command.toString()).isFalse();
            }
            var selfAssessment = selfAssessment("总体良好").accessRequirement();
            assertThat(SUPERVISOR.satisfies(selfAssessment)).as("the province does not self-assess").isFalse();
            assertThat(COORDINATOR.satisfies(selfAssessment)).isFalse();
            assertThat(STAFF.satisfies(selfAssessment)).as("the evaluation checks the cluster").isTrue();
        }
    }

    @Nested
    class SelfAssessing {

        @Test
        void theClustersStaffSubmitTextsPerIndicatorAnOverallTextAndASelfScore() {
            given(opened()).when(selfAssessment(" 总体良好 "), as(STAFF))
                    .expectEvents(selfAssessed(1, "总体良好"));
        }

        @Test
        void staffOfAnotherClusterAndTheProvinceDoNotSelfAssess() {
            given(opened()).when(selfAssessment("总体良好"), as(OTHER_STAFF))
                    .expectException(AccessRefused.class).expectNoEvents();
            given(opened()).when(selfAssessment("总体良好"), as(SUPERVISOR))
                    .expectException(AccessRefused.class).expectNoEvents();
        }

        @Test
        void theSelfAssessmentMayBeRevisedUntilTheProvinceScores() {
            given(opened(), selfAssessed(1, "初稿")).when(selfAssessment("修改稿"), as(STAFF))
                    .expectEvents(selfAssessed(2, "修改稿"));
            expectRule(given(opened(), selfAssessed(1, "初稿"), scored(80, OrganizationGrade.GOOD, false)),
                    selfAssessment("修改稿"), "evaluation.error.alreadyScored");
        }

        @Test
        void anIndicatorIsAssessedOnce() {
            expectRule(given(opened()), new SubmitSelfAssessmentCommand(ID, List.of(
                    new IndicatorAssessment(EvaluationIndicator.ATTENDANCE, "一"),
                    new IndicatorAssessment(EvaluationIndicator.ATTENDANCE, "二")), "总体", null),
                    "evaluation.error.indicatorTwice");
        }
    }

    @Nested
    class Scoring {

        @Test
        void theProvinceScoresTheSelfAssessedEvaluationAndMayScoreAgain() {
            given(opened(), selfAssessed(1, "总体良好")).when(score(82, OrganizationGrade.GOOD), as(SUPERVISOR))
                    .expectEvents(scored(82, OrganizationGrade.GOOD, false));
            given(opened(), selfAssessed(1, "总体良好"), scored(82, OrganizationGrade.GOOD, false))
                    .when(score(91, OrganizationGrade.EXCELLENT), as(SUPERVISOR))
                    .expectEvents(scored(91, OrganizationGrade.EXCELLENT, false));
        }

        @Test
        void theSelfAssessmentComesFirstUntilItsDueDateHasPassed() {
            expectRule(given(opened()), score(60, OrganizationGrade.PASS), "evaluation.error.selfAssessmentPending");
            // The due day itself still belongs to the organization (Shandong's calendar).
            expectRule(givenAt(Instant.parse("2026-12-20T15:59:00Z"), opened()), score(60, OrganizationGrade.PASS),
                    "evaluation.error.selfAssessmentPending");
            givenAt(Instant.parse("2026-12-20T16:01:00Z"), opened()).when(score(60, OrganizationGrade.PASS))
                    .expectEvents(scored(60, OrganizationGrade.PASS, true));
        }
    }

    @Nested
    class Finalizing {

        @Test
        void aScoredEvaluationIsFinalizedWithItsGradeAndTheFiguresItRestsOn() {
            given(opened(), selfAssessed(1, "总体良好"), scored(82, OrganizationGrade.GOOD, false),
                    scored(91, OrganizationGrade.EXCELLENT, false))
                    .when(new FinalizeEvaluationCommand(ID, figures(), AS_OF), as(SUPERVISOR))
                    .expectEvents(new EvaluationFinalizedEvent(ID, OrganizationGrade.EXCELLENT, 91, figures(), AS_OF));
        }

        @Test
        void onlyAScoredEvaluationIsFinalizedAndOnlyOnEveryIndicatorsFigure() {
            expectRule(given(opened(), selfAssessed(1, "总体良好")), new FinalizeEvaluationCommand(ID, figures(), AS_OF),
                    "evaluation.error.notScored");
            expectRule(given(opened(), selfAssessed(1, "总体良好"), scored(82, OrganizationGrade.GOOD, false)),
                    new FinalizeEvaluationCommand(ID, figures().subList(1, figures().size()), AS_OF),
                    "evaluation.error.figuresIncomplete");
            expectRule(given(opened(), selfAssessed(1, "总体良好"), scored(82, OrganizationGrade.GOOD, false)),
                    new FinalizeEvaluationCommand(ID, figures(), NOW.plusSeconds(3600)),
                    "evaluation.error.figuresFromTheFuture");
        }
    }

    @Nested
    class FinalIsFinal {

        private Object[] finalized() {
            return new Object[] {opened(), selfAssessed(1, "总体良好"), scored(82, OrganizationGrade.GOOD, false),
                    new EvaluationFinalizedEvent(ID, OrganizationGrade.GOOD, 82, figures(), AS_OF)};
        }

        @Test
        void nothingChangesAFinalizedEvaluationSilently() {
            for (Object command : Arrays.asList(selfAssessment("再改"), score(95, OrganizationGrade.EXCELLENT),
                    new FinalizeEvaluationCommand(ID, figures(), AS_OF))) {
                given(finalized()).when(command, as(command instanceof SubmitSelfAssessmentCommand ? STAFF
                                : SUPERVISOR))
                        .expectException(DomainRuleViolation.class)
                        .expectExceptionMessage(org.hamcrest.Matchers.startsWith("evaluation.error.finalized"))
                        .expectNoEvents();
            }
        }

        @Test
        void aCorrectionIsRecordedWithWhatItWasAndWhy() {
            given(finalized()).when(new CorrectEvaluationResultCommand(ID, 86, OrganizationGrade.EXCELLENT,
                            " 复核发现漏计一项活动 "), as(SUPERVISOR))
                    .expectEvents(new EvaluationResultCorrectedEvent(ID, OrganizationGrade.GOOD,
                            OrganizationGrade.EXCELLENT, 82, 86, "复核发现漏计一项活动"));
        }

        @Test
        void aCorrectionMustChangeSomethingAndOnlyFollowsFinalization() {
            expectRule(given(finalized()), new CorrectEvaluationResultCommand(ID, 82, OrganizationGrade.GOOD, "无"),
                    "evaluation.error.correctionChangesNothing");
            expectRule(given(opened(), selfAssessed(1, "总体良好"), scored(82, OrganizationGrade.GOOD, false)),
                    new CorrectEvaluationResultCommand(ID, 86, OrganizationGrade.GOOD, "复核"),
                    "evaluation.error.notFinalized");
        }
    }
}
