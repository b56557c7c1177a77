package org.clusterhub.subsidy.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** A supervisor confirms that a tranche's condition ({@code SUPERVISOR_CONFIRMATION}) is met: it becomes payable. */
public record ConfirmTrancheConditionCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotNull GrantId grantId,
        @Min(1) @Max(100) int tranche,
        @NotBlank @Size(min = 2, max = 1000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
