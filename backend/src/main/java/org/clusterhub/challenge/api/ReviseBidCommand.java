package org.clusterhub.challenge.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The bidder revises its own bid until the deadline. The new content is sealed like the first. */
public record ReviseBidCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotBlank @Size(max = 40) String bidId,
        @NotBlank @Size(min = 10, max = 8000) @PlainText String approach,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String team,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String schedule,
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal price) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
