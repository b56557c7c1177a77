package org.clusterhub.cluster.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** A supervisor records the outcome of the pending national competition application. */
public record RecordNationalCompetitionResultCommand(
        @TargetAggregateIdentifier @NotNull ClusterId clusterId,
        @NotNull CompetitionOutcome outcome,
        @Size(max = 1000) @PlainText String note,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
