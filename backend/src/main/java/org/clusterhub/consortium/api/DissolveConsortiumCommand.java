package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The lead, the cluster's promotion staff or the province dissolves a consortium, with a reason. Final. */
public record DissolveConsortiumCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @Size(min = 2, max = 500) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
