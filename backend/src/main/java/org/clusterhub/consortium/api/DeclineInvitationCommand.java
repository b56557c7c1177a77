package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;
import org.clusterhub.shared.validation.PlainText;

/** The invited organization declines, optionally saying why. Sent by a member of that organization. */
public record DeclineInvitationCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @CreditCode String creditCode,
        @Size(max = 500) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
