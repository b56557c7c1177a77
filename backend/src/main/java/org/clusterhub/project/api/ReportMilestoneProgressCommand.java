package org.clusterhub.project.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Reports progress on a milestone, with evidence (attachment ids). 100 percent completes it. */
public record ReportMilestoneProgressCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 40) String milestoneId,
        @Min(0) @Max(100) int percentComplete,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String note,
        @NotNull @Size(max = 20) List<String> evidence) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
