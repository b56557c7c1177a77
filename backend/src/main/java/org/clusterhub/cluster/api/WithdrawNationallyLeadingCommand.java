package org.clusterhub.cluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** A supervisor withdraws a cluster's nationally leading (国内领先) assessment, with the reason. */
public record WithdrawNationallyLeadingCommand(
        @TargetAggregateIdentifier @NotNull ClusterId clusterId,
        @NotBlank @Size(max = 500) @PlainText String reason,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
