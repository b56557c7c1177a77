package org.clusterhub.zone.api;

import jakarta.validation.Valid;
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
 * A supervisor, or the coordinator of the zone's city, replaces the zone's quantified targets as a whole (an empty
 * list removes them all). {@code city} declares the zone's city, checked like in {@link ReviseZoneAimsCommand}.
 */
public record SetZoneTargetsCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull City city,
        @NotNull @Size(max = 50) List<@NotNull @Valid ZoneTarget> targets,
        @NotBlank @Size(max = 500) @PlainText String reason,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.of(null, city, Role.CITY_COORDINATOR);
    }
}
