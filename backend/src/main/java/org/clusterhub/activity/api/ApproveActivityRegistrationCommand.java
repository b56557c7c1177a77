package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** The organizer accepts a registration of an activity that requires approval. */
public record ApproveActivityRegistrationCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull RegistrationId registrationId) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // The activity's cluster is its own state: the aggregate checks the actor's scope (ADR 010).
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
