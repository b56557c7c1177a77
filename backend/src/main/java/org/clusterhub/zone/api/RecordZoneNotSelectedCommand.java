package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * The zone was not selected for national creation (supervisor), with the reason.
 */
public record RecordZoneNotSelectedCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotBlank @Size(max = 2000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
