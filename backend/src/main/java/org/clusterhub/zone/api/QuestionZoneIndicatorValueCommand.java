package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * A supervisor questions a reported value (质询); the coordinator answers, possibly with a corrected figure.
 */
public record QuestionZoneIndicatorValueCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotBlank @Size(max = 40) String reportId,
        @NotBlank @Size(max = 2000) @PlainText String question) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
