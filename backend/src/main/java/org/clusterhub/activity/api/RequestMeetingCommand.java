package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Asks another registrant for a 1:1 meeting at a matchmaking activity. */
public record RequestMeetingCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull MeetingId meetingId,
        @NotNull RegistrationId requester,
        @NotNull RegistrationId invitee,
        @Size(max = 500) @PlainText String message) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // Members act for their organization, staff for their cluster: both are the activity's state (ADR 010).
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
