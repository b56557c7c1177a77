package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * 增补: a supervisor adds a project to the library outside the approval path (e.g. a reviewed project held in
 * reserve, or one that exited and comes back).
 */
public record AddProjectToLibraryCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull LibraryState state,
        @NotBlank @Size(min = 2, max = 2000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
