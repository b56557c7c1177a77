package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** Checks a registrant in at the door by the code on their registration. */
public record CheckInAttendeeCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotBlank @Size(max = 40) String checkInCode) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // The activity's cluster is its own state: the aggregate checks the actor's scope (ADR 010).
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
