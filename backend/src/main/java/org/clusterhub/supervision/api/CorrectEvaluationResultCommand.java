package org.clusterhub.supervision.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * The only change a finalized evaluation takes: the province corrects its grade or overall score, with the reason,
 * recorded as an event of its own next to the original result.
 */
public record CorrectEvaluationResultCommand(
        @TargetAggregateIdentifier @NotNull EvaluationId evaluationId,
        @NotNull @Min(0) @Max(100) Integer overallScore,
        @NotNull OrganizationGrade grade,
        @NotBlank @Size(max = 2000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
