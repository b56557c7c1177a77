package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** Closes a project after its performance self-assessment, with the province's performance grade. */
public record CloseProjectCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull EvaluationGrade grade,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String comments) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
