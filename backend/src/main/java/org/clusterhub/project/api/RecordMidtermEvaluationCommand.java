package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** The province's mid-term evaluation, with the findings of an on-site check when there was one. */
public record RecordMidtermEvaluationCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull EvaluationGrade grade,
        @NotBlank @Size(min = 2, max = 4000) @PlainText String comments,
        boolean onSiteCheck,
        @Size(max = 4000) @PlainText String onSiteFindings) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
