package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The organizer turns a registration down; its seat goes to the first on the waiting list. */
public record RejectActivityRegistrationCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull RegistrationId registrationId,
        @NotBlank @Size(max = 500) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // The activity's cluster is its own state: the aggregate checks the actor's scope (ADR 010).
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
