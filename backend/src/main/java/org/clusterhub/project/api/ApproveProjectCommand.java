package org.clusterhub.project.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * The provincial decision to approve: the project goes into publicity (公示) for a number of working days, and
 * the version it had at this moment is the one published.
 */
public record ApproveProjectCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @Size(max = 2000) @PlainText String comments,
        @Min(1) @Max(30) int publicityWorkingDays,
        @NotNull LocalDate publicityStartsOn) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
