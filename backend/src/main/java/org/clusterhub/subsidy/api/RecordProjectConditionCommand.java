package org.clusterhub.subsidy.api;

import java.util.Set;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/**
 * ClusterHub itself tells a programme that a project grant's condition is met (the project was approved, reported a
 * milestone complete, passed acceptance): every tranche of the grant waiting for it becomes payable. Sent only by the
 * system, from the project's events; sending it again changes nothing.
 *
 * @param milestoneId for {@link TrancheCondition#MILESTONE_COMPLETED}
 * @param evidence what happened, e.g. the milestone's title
 */
public record RecordProjectConditionCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotNull GrantId grantId,
        @NotNull TrancheCondition condition,
        @Size(max = 64) String milestoneId,
        @Size(max = 300) String evidence) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.SYSTEM), null, null, null, false);
    }
}
