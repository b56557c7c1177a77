package org.clusterhub.challenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The winning team reports progress on a milestone (percent complete and what was done). */
public record ReportDeliveryProgressCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotBlank @Size(max = 40) String milestoneId,
        @Min(0) @Max(100) int percentComplete,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
