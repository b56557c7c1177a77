package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * A supervisor accepts a reported value (确认); an accepted value is final.
 */
public record AcceptZoneIndicatorValueCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotBlank @Size(max = 40) String reportId,
        @Size(max = 2000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
