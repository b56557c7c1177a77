package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The next-ranked bidder accepts or declines the award offered after the winner withdrew. */
public record AnswerAwardOfferCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        boolean accept,
        @Size(max = 2000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
