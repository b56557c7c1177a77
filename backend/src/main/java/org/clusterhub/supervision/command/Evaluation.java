package org.clusterhub.supervision.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.CorrectEvaluationResultCommand;
import org.clusterhub.supervision.api.EvaluationFinalizedEvent;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationOpenedEvent;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.EvaluationResultCorrectedEvent;
import org.clusterhub.supervision.api.EvaluationScoredEvent;
import org.clusterhub.supervision.api.EvaluationStatus;
import org.clusterhub.supervision.api.FinalizeEvaluationCommand;
import org.clusterhub.supervision.api.IndicatorAssessment;
import org.clusterhub.supervision.api.IndicatorFigure;
import org.clusterhub.supervision.api.IndicatorScore;
import org.clusterhub.supervision.api.OpenEvaluationCommand;
import org.clusterhub.supervision.api.OrganizationGrade;
import org.clusterhub.supervision.api.ScoreEvaluationCommand;
import org.clusterhub.supervision.api.SelfAssessmentSubmittedEvent;
import org.clusterhub.supervision.api.SubmitSelfAssessmentCommand;

/**
 * The yearly evaluation of one cluster's promotion organization (促进组织活跃度): opened by the province, self-assessed
 * by the organization's staff, scored by the province, finalized and published. The steps go in that order; the
 * self-assessment may be revised until the province scores, the scores until it finalizes; a finalized result
 * changes only by a correction with a reason, recorded next to it. Scope is its own state (ADR 005): only staff of
 * its cluster self-assess.
 *
 * @see <a href="../../../../../../../../docs/decisions/015-organization-activity-evaluation.md">ADR 015</a>
 */
@Aggregate
class Evaluation {

    @AggregateIdentifier
    private EvaluationId evaluationId;
    private String clusterId;
    private LocalDate selfAssessmentDue;
    private EvaluationStatus status;
    private int selfAssessments;
    private OrganizationGrade grade;
    private int overallScore;

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Evaluation() {
    }

    @CommandHandler
    Evaluation(OpenEvaluationCommand command) {
        LocalDate today = LocalDate.ofInstant(now(), EvaluationPeriod.SHANGHAI);
        if (command.year() > today.getYear()) {
            throw new DomainRuleViolation("evaluation.error.futureYear", "year", command.year());
        }
        if (command.selfAssessmentDue().isBefore(today)) {
            throw new DomainRuleViolation("evaluation.error.dueInThePast", "selfAssessmentDue");
        }
        apply(new EvaluationOpenedEvent(command.evaluationId(), command.clusterId(), command.year(),
                command.selfAssessmentDue()));
    }

    @CommandHandler
    void handle(SubmitSelfAssessmentCommand command, Actor actor) {
        if (!actor.isStaffOf(clusterId) && actor.role() != Role.SYSTEM) {
            throw new AccessRefused(command.getClass().getSimpleName(), actor.username());
        }
        requireNotFinalized();
        if (status == EvaluationStatus.SCORED) {
            throw new DomainRuleViolation("evaluation.error.alreadyScored", null);
        }
        requireEachIndicatorOnce(command.indicators().stream().map(IndicatorAssessment::indicator).toList());
        List<IndicatorAssessment> indicators = command.indicators().stream()
                .filter(a -> a.text() != null && !a.text().isBlank())
                .map(a -> new IndicatorAssessment(a.indicator(), a.text().strip()))
                .sorted(Comparator.comparing(IndicatorAssessment::indicator))
                .toList();
        apply(new SelfAssessmentSubmittedEvent(evaluationId, indicators, command.overall().strip(),
                command.selfScore(), selfAssessments + 1));
    }

    @CommandHandler
    void handle(ScoreEvaluationCommand command) {
        requireNotFinalized();
        boolean withoutSelfAssessment = status == EvaluationStatus.OPEN;
        if (withoutSelfAssessment && !LocalDate.ofInstant(now(), EvaluationPeriod.SHANGHAI)
                .isAfter(selfAssessmentDue)) {
            // The organization still has time: its self-assessment comes first.
            throw new DomainRuleViolation("evaluation.error.selfAssessmentPending", null, selfAssessmentDue);
        }
        requireEachIndicatorOnce(command.scores().stream().map(IndicatorScore::indicator).toList());
        List<IndicatorScore> scores = command.scores().stream()
                .map(s -> new IndicatorScore(s.indicator(), s.score(), blankToNull(s.comment())))
                .sorted(Comparator.comparing(IndicatorScore::indicator))
                .toList();
        apply(new EvaluationScoredEvent(evaluationId, scores, command.overallScore(),
                command.overallComment().strip(), command.grade(), withoutSelfAssessment));
    }

    @CommandHandler
    void handle(FinalizeEvaluationCommand command) {
        requireNotFinalized();
        if (status != EvaluationStatus.SCORED) {
            throw new DomainRuleViolation("evaluation.error.notScored", null);
        }
        if (command.figuresAsOf().isAfter(now())) {
            throw new DomainRuleViolation("evaluation.error.figuresFromTheFuture", "figuresAsOf");
        }
        requireEachIndicatorOnce(command.figures().stream().map(IndicatorFigure::indicator).toList());
        if (command.figures().size() != EvaluationIndicator.values().length) {
            // The result rests on every indicator, or it is not the result.
            throw new DomainRuleViolation("evaluation.error.figuresIncomplete", "figures");
        }
        List<IndicatorFigure> figures = command.figures().stream()
                .sorted(Comparator.comparing(IndicatorFigure::indicator))
                .toList();
        apply(new EvaluationFinalizedEvent(evaluationId, grade, overallScore, figures, command.figuresAsOf()));
    }

    @CommandHandler
    void handle(CorrectEvaluationResultCommand command) {
        if (status != EvaluationStatus.FINALIZED) {
            throw new DomainRuleViolation("evaluation.error.notFinalized", null);
        }
        if (command.grade() == grade && command.overallScore() == overallScore) {
            throw new DomainRuleViolation("evaluation.error.correctionChangesNothing", "grade");
        }
        apply(new EvaluationResultCorrectedEvent(evaluationId, grade, command.grade(), overallScore,
                command.overallScore(), command.reason().strip()));
    }

    private void requireNotFinalized() {
        if (status == EvaluationStatus.FINALIZED) {
            throw new DomainRuleViolation("evaluation.error.finalized", null);
        }
    }

    private static void requireEachIndicatorOnce(List<EvaluationIndicator> indicators) {
        Set<EvaluationIndicator> seen = EnumSet.noneOf(EvaluationIndicator.class);
        for (EvaluationIndicator indicator : indicators) {
            if (!seen.add(indicator)) {
                throw new DomainRuleViolation("evaluation.error.indicatorTwice", "indicator", indicator);
            }
        }
    }

    /** Axon's event clock: tests and the demo seed set it. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(EvaluationOpenedEvent event) {
        evaluationId = event.evaluationId();
        clusterId = event.clusterId().toString();
        selfAssessmentDue = event.selfAssessmentDue();
        status = EvaluationStatus.OPEN;
    }

    @EventSourcingHandler
    void on(SelfAssessmentSubmittedEvent event) {
        selfAssessments = event.revision();
        status = EvaluationStatus.SELF_ASSESSED;
    }

    @EventSourcingHandler
    void on(EvaluationScoredEvent event) {
        grade = event.grade();
        overallScore = event.overallScore();
        status = EvaluationStatus.SCORED;
    }

    @EventSourcingHandler
    void on(EvaluationFinalizedEvent event) {
        status = EvaluationStatus.FINALIZED;
    }

    @EventSourcingHandler
    void on(EvaluationResultCorrectedEvent event) {
        grade = event.grade();
        overallScore = event.overallScore();
    }
}
