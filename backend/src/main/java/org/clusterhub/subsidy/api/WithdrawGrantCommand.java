package org.clusterhub.subsidy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * Withdraws a grant with a reason: the tranches not paid are cancelled and their amount goes back to the programme's
 * budget. Money already paid stays paid (and committed): it cannot be withdrawn.
 */
public record WithdrawGrantCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotNull GrantId grantId,
        @NotBlank @Size(min = 2, max = 1000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
