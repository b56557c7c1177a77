package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** Withdraws a registration (the registrant's organization or the organizer); the first waiting moves up. */
public record CancelActivityRegistrationCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull RegistrationId registrationId) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // Members act for their organization, staff for their cluster: both are the activity's state (ADR 010).
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
