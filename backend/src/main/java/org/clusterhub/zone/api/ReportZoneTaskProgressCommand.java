package org.clusterhub.zone.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Reports how far a task has come (0..100 %) and what was done (coordinator of the zone's city or a supervisor).
 */
public record ReportZoneTaskProgressCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull City city,
        @NotBlank @Size(max = 40) String taskId,
        @NotNull @Min(0) @Max(100) Integer percentDone,
        @NotBlank @Size(max = 2000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.of(null, city, Role.CITY_COORDINATOR);
    }
}
