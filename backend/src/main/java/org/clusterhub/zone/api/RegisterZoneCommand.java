package org.clusterhub.zone.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * Registers a manufacturing high-quality-development pilot or demonstration zone: the plan's 6 at first start,
 * others later by a supervisor. The seed loader calls this constructor: keep the component order.
 */
public record RegisterZoneCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @Min(1) @Max(999) Integer planNumber,
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @NotBlank @Size(max = 80) @PlainText String nameZh,
        @Size(max = 200) @PlainText String nameEn,
        @NotNull City city,
        @NotNull ZoneKind kind,
        @NotBlank @Size(max = 4000) @PlainText String aimsZh,
        @Size(max = 4000) @PlainText String aimsEn,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) @PlainText String> keyTasks,
        @NotNull @Size(max = 50) List<@NotNull @Valid ZoneTarget> targets)
        implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
