package org.clusterhub.project.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** An expert drawn for a review declares that they have no conflict of interest, or that they have one. */
public record DeclareConflictOfInterestCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        boolean conflicted,
        @Size(max = 1000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.EXPERT);
    }
}
