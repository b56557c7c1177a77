package org.clusterhub.supervision.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * The promotion organization's staff submit (or, until the province scores, revise) their self-assessment: a text
 * per indicator, an overall text and optionally a self score. Only staff of the evaluated cluster: the evaluation
 * checks that against its cluster (ADR 005).
 */
public record SubmitSelfAssessmentCommand(
        @TargetAggregateIdentifier @NotNull EvaluationId evaluationId,
        @NotNull @Size(max = 50) List<@NotNull @Valid IndicatorAssessment> indicators,
        @NotBlank @Size(max = 5000) @PlainText String overall,
        @Min(0) @Max(100) Integer selfScore) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF);
    }
}
