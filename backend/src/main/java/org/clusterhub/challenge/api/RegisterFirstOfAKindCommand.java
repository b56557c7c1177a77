package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Registers an accepted challenge's result as a first-of-a-kind product (首台套装备, 首批次新材料, 首版次软件); it shows on the cluster's page. */
public record RegisterFirstOfAKindCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotBlank @Size(max = 40) String resultId,
        @NotNull FirstOfAKindKind kind,
        @NotBlank @Size(min = 2, max = 120) @PlainText String productName,
        @Size(max = 2000) @PlainText String description) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
