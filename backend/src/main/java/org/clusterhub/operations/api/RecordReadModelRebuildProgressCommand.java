package org.clusterhub.operations.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** A running rebuild's milestone (a phase reached, a share of the events read); sent by ClusterHub itself. */
public record RecordReadModelRebuildProgressCommand(
        @TargetAggregateIdentifier @NotNull ReadModelRebuildId rebuildId,
        @NotNull UUID runId,
        @NotNull RebuildPhase phase,
        @PositiveOrZero long eventsDone,
        @PositiveOrZero long eventsTotal) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.SYSTEM), null, null, null, false);
    }
}
