package org.clusterhub.supervision.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;

/**
 * The province finalizes and publishes a scored evaluation. {@code figures} are the indicators as computed from the
 * events known at {@code figuresAsOf} (the sender reads them from the organization-activity read model just before):
 * the result records them, so that it never changes silently, even if the read model is rebuilt later.
 */
public record FinalizeEvaluationCommand(
        @TargetAggregateIdentifier @NotNull EvaluationId evaluationId,
        @NotNull @Size(max = 50) List<@NotNull IndicatorFigure> figures,
        @NotNull Instant figuresAsOf) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
