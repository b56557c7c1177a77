package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** The poster moves the bid deadline later: while bidding is open, or after it closed without bids. */
public record ExtendBidDeadlineCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotNull Instant bidsCloseAt) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
