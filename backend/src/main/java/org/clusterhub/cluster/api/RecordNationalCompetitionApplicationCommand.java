package org.clusterhub.cluster.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** A supervisor records that a cluster applied to a round of the national cluster competition. */
public record RecordNationalCompetitionApplicationCommand(
        @TargetAggregateIdentifier @NotNull ClusterId clusterId,
        @NotNull @Min(2019) @Max(2035) Integer round,
        @NotBlank @Size(max = 1000) @PlainText String description,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
