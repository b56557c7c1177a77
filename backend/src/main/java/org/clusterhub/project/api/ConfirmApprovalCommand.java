package org.clusterhub.project.api;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;

/**
 * 立项: after publicity has ended and every objection is answered, the project is approved and enters the project
 * library in the given state. The approved plan becomes the baseline.
 */
public record ConfirmApprovalCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull LibraryState libraryState) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
