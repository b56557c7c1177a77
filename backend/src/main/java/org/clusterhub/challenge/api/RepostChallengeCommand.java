package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/** The poster posts the challenge again with a new deadline after it closed without bids or every ranked bidder stepped back. Earlier bids are void. */
public record RepostChallengeCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotNull Instant bidsCloseAt) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
