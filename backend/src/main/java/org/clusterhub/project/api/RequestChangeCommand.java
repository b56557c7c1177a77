package org.clusterhub.project.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Asks the province to change an approved project. Until decided, the current plan stays as it is. */
public record RequestChangeCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 40) String changeRequestId,
        @NotNull ChangeKind kind,
        @NotBlank @Size(min = 2, max = 2000) @PlainText String reason,
        @NotNull @Valid ChangeProposal proposal) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
