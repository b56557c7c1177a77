package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The poster or the winning team plans a delivery milestone. */
public record AddDeliveryMilestoneCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotBlank @Size(max = 40) String milestoneId,
        @NotBlank @Size(min = 2, max = 120) @PlainText String title,
        @NotNull LocalDate dueDate) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
