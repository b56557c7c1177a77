package org.clusterhub.subsidy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * Closes a settled programme: every grant is paid in full or withdrawn. What was not committed lapses; nothing can be
 * granted, revised or paid afterwards.
 */
public record CloseFundingProgrammeCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotBlank @Size(min = 2, max = 1000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
