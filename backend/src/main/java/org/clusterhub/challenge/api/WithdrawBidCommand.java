package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** The bidder withdraws its own bid before the deadline. */
public record WithdrawBidCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotBlank @Size(max = 40) String bidId) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
