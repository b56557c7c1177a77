package org.clusterhub.operations.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;

/**
 * Rebuilds one read model (the collections of one event processor) from the event store, while the old one keeps
 * serving until the new one has caught up (ADR 019). Supervisors only; the sender chooses the run's id.
 */
public record StartReadModelRebuildCommand(
        @TargetAggregateIdentifier @NotNull ReadModelRebuildId rebuildId,
        @NotNull UUID runId,
        @NotBlank @Size(max = 80) String processor) implements GuardedCommand {

    public static StartReadModelRebuildCommand of(String processor) {
        return new StartReadModelRebuildCommand(ReadModelRebuildId.forProcessor(processor), UUID.randomUUID(),
                processor);
    }

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
