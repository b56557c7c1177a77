package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Registers one person of an organization. A member registers people of their own organization; the
 * organizer's staff may register anyone. Beyond capacity the registration waits for a free seat. */
public record RegisterForActivityCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull RegistrationId registrationId,
        @NotBlank @Size(min = 2, max = 100) @PlainText String organization,
        City organizationCity,
        @NotBlank @Size(min = 2, max = 60) @PlainText String attendeeName,
        @Size(max = 60) @PlainText String attendeeContact) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // Members act for their organization, staff for their cluster: both are the activity's state (ADR 010).
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
