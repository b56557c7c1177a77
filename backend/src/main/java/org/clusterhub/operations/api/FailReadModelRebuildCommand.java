package org.clusterhub.operations.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** A rebuild gave up; the old read model stays in place. Sent by ClusterHub itself. */
public record FailReadModelRebuildCommand(
        @TargetAggregateIdentifier @NotNull ReadModelRebuildId rebuildId,
        @NotNull UUID runId,
        @Size(max = 2000) String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.SYSTEM), null, null, null, false);
    }
}
