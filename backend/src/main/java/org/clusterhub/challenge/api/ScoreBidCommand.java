package org.clusterhub.challenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** An evaluator scores one bid against every criterion, after the deadline. Refused for a bid of the evaluator's own organization (conflict of interest). */
public record ScoreBidCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotBlank @Size(max = 40) String bidId,
        @NotNull @Size(min = 1, max = 10) List<@Valid BidCriterionScore> scores,
        @Size(max = 2000) @PlainText String comment) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.EXPERT);
    }
}
