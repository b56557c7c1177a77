package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * The coordinator of the zone's city (or a supervisor) adds a task to the zone's creation task list: what, which
 * organizations carry it, from when until when. {@code city} declares the zone's city; the aggregate checks it.
 */
public record AddZoneTaskCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull City city,
        @NotBlank @Size(max = 40) String taskId,
        @NotBlank @Size(max = 300) @PlainText String title,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) @PlainText String> ownerOrganizations,
        @NotNull LocalDate startDate,
        @NotNull LocalDate dueDate) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.of(null, city, Role.CITY_COORDINATOR);
    }
}
