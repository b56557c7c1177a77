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
import org.clusterhub.shared.validation.PlainText;

/**
 * The province scores an evaluation: per indicator (0 to 100, with a comment), overall, and the grade. After the
 * self-assessment, or without it once its due date has passed; again until it finalizes.
 */
public record ScoreEvaluationCommand(
        @TargetAggregateIdentifier @NotNull EvaluationId evaluationId,
        @NotNull @Size(max = 50) List<@NotNull @Valid IndicatorScore> scores,
        @NotNull @Min(0) @Max(100) Integer overallScore,
        @NotBlank @Size(max = 5000) @PlainText String overallComment,
        @NotNull OrganizationGrade grade) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
