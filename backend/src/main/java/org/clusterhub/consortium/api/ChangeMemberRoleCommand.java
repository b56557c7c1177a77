package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;

/** The lead makes a member core or participant. The lead's own role is not transferable here. */
public record ChangeMemberRoleCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @CreditCode String creditCode,
        @NotNull MemberRole role) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
