package org.clusterhub.activity.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** One side of a meeting says what came of it, after the meeting's slot began. */
public record RecordMeetingOutcomeCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull MeetingId meetingId,
        @NotNull RegistrationId side,
        @NotNull MeetingOutcome outcome,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal contractValue,
        @Size(max = 500) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // Members act for their organization, staff for their cluster: both are the activity's state (ADR 010).
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
