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

/** The poster records the final acceptance (验收) against every technical indicator; it passes when every indicator is met. */
public record RecordDeliveryAcceptanceCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotNull @Size(min = 1, max = 30) List<@Valid IndicatorResult> results,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String opinion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
