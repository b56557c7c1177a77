package org.clusterhub.activity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Changes an activity's details. Registrants are told when its time or place changed. */
public record ReviseActivityCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotBlank @Size(min = 4, max = 120) @PlainText String title,
        @Size(max = 4000) @PlainText String description,
        @NotNull City city,
        @Size(max = 200) @PlainText String venue,
        boolean online,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Min(1) @Max(100000) int capacity,
        @NotNull Instant registrationOpensAt,
        @NotNull Instant registrationClosesAt,
        boolean approvalRequired,
        @NotNull @Size(max = 20) List<@NotNull @Valid CoOrganizer> coOrganizers,
        @Min(0) @Max(500) int meetingTables,
        @Min(0) @Max(240) int meetingSlotMinutes) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // The activity's cluster is its own state: the aggregate checks the actor's scope (ADR 010).
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
