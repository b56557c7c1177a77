package org.clusterhub.operations.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** The new read model has caught up and serves; sent by ClusterHub itself. */
public record CompleteReadModelRebuildCommand(
        @TargetAggregateIdentifier @NotNull ReadModelRebuildId rebuildId,
        @NotNull UUID runId,
        @PositiveOrZero long events,
        @PositiveOrZero long millis,
        @NotNull List<String> collections) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.SYSTEM), null, null, null, false);
    }
}
