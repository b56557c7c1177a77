package org.clusterhub.zone.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * The coordinator of the zone's city answers the open question on a reported value; with a corrected value (and
 * optionally a corrected source) the figure changes, and the question and answer stay in the history.
 */
public record AnswerZoneIndicatorQuestionCommand(
        @TargetAggregateIdentifier @NotNull ZoneId zoneId,
        @NotNull City city,
        @NotBlank @Size(max = 40) String reportId,
        @NotBlank @Size(max = 2000) @PlainText String answer,
        @Digits(integer = 12, fraction = 4) BigDecimal correctedValue,
        @Size(max = 500) @PlainText String correctedSource) implements GuardedCommand {

    /** Only the coordinator of the zone's city reports figures (and the system, for seeded data): supervisors judge them. */
    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.CITY_COORDINATOR, Role.SYSTEM), null, city, null, false);
    }
}
