package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * A supervisor, or the coordinator of the zone's city, revises the zone's aims and key tasks. {@code city} declares
 * the zone's city so that the city scope can be authorized before the aggregate loads; the aggregate refuses the
 * command if it is not the zone's city.
 */
public record ReviseZoneAimsCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull City city,
        @NotBlank @Size(max = 4000) @PlainText String aimsZh,
        @Size(max = 4000) @PlainText String aimsEn,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) @PlainText String> keyTasks,
        @NotBlank @Size(max = 500) @PlainText String reason,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.of(null, city, Role.CITY_COORDINATOR);
    }
}
