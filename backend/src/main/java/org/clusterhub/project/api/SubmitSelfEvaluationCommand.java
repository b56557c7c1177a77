package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The project's self-evaluation, at mid-term or as the performance self-assessment (绩效自评). */
public record SubmitSelfEvaluationCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull SelfEvaluationStage stage,
        @NotNull EvaluationGrade grade,
        @NotBlank @Size(min = 10, max = 10000) @PlainText String summary) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
