package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** The invitee accepts or declines a meeting request. */
public record RespondToMeetingRequestCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull MeetingId meetingId,
        boolean accept) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // Members act for their organization, staff for their cluster: both are the activity's state (ADR 010).
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
