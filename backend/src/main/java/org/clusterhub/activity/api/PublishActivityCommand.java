package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** Opens a planned activity to members. */
public record PublishActivityCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // The activity's cluster is its own state: the aggregate checks the actor's scope (ADR 010).
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
