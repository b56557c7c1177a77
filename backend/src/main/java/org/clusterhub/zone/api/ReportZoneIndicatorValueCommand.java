package org.clusterhub.zone.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;
import org.clusterhub.shared.validation.ReportablePeriod;

/**
 * The coordinator of the zone's city reports an indicator's value for a quarter or a year, with the source of the
 * figure. {@code period} is written {@code 2025} or {@code 2025-Q3} and must have begun (Asia/Shanghai).
 * {@code indicator} is the Chinese name of one of the zone's targets; the aggregate refuses others and a
 * second report for the same period (a questioned figure is corrected by answering the question).
 */
public record ReportZoneIndicatorValueCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull City city,
        @NotBlank @Size(max = 40) String reportId,
        @NotBlank @Size(max = 200) @PlainText String indicator,
        @NotBlank @Pattern(regexp = ReportingPeriod.PATTERN, message = "{validation.reportingPeriod}")
        @ReportablePeriod String period,
        @NotNull @Digits(integer = 12, fraction = 4) BigDecimal value,
        @NotBlank @Size(max = 500) @PlainText String source) implements GuardedCommand {

    /** Only the coordinator of the zone's city reports figures (and the system, for seeded data): supervisors judge them. */
    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.CITY_COORDINATOR, Role.SYSTEM), null, city, null, false);
    }
}
