package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The cluster's promotion organization registers (备案) a founded consortium under its filing number. */
public record RegisterConsortiumCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @Size(min = 2, max = 40) @PlainText String registrationNumber,
        @Size(max = 500) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
