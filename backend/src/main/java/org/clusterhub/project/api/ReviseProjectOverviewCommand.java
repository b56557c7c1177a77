package org.clusterhub.project.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Changes a draft's title, kind, person in charge or years. Only promotion staff of the project's cluster. */
public record ReviseProjectOverviewCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull ProjectKind kind,
        @NotBlank @Size(min = 4, max = 120) @PlainText String title,
        @NotBlank @Size(min = 2, max = 60) @PlainText String personInCharge,
        @Min(2021) @Max(2035) int startYear,
        @Min(2021) @Max(2035) int endYear,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF);
    }
}
