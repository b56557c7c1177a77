package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** Moves a project between reserve and implementation, or out of the library (退出), with the reason. */
public record MoveProjectInLibraryCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull LibraryState to,
        @NotBlank @Size(min = 2, max = 2000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
