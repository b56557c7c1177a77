package org.clusterhub.project.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** An expert locks their scores for every criterion. Nobody sees them until every expert has locked. */
public record LockExpertScoresCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull @Size(min = 1, max = 10) List<@Valid CriterionScore> scores,
        @Size(max = 2000) @PlainText String comment) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.EXPERT);
    }
}
