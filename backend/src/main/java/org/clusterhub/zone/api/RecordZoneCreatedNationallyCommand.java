package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * The zone was created at national level (supervisor), on {@code createdOn}, e.g. with the ministry's notice in {@code note}.
 */
public record RecordZoneCreatedNationallyCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull @PastOrPresent LocalDate createdOn,
        @NotBlank @Size(max = 2000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
