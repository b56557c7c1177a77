package org.clusterhub.project.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;

/** 中期评估: the province asks for a self-evaluation by a date. */
public record StartMidtermEvaluationCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull LocalDate selfEvaluationDue) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
