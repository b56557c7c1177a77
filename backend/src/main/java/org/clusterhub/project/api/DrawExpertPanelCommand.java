package org.clusterhub.project.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;

/**
 * Draws experts at random from the pool, leaving out anyone from a participating organization. The seed is
 * recorded, so that anyone can repeat the draw and check it. In expert review, draws replacements for recused
 * experts up to {@code panelSize}.
 */
public record DrawExpertPanelCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull @Size(min = 1, max = 500) List<@Valid ExpertCandidate> pool,
        @Min(3) @Max(15) int panelSize,
        @NotNull @Size(min = 1, max = 10) List<@Valid ScoringCriterion> criteria,
        @NotNull LocalDate dueDate,
        long seed) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
