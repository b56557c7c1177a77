package org.clusterhub.supervision.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;

/**
 * The province opens the yearly evaluation of a cluster's promotion organization; its staff then have until
 * {@code selfAssessmentDue} to submit the self-assessment. The evaluation's id is
 * {@link EvaluationId#forClusterAndYear}: one per cluster and year.
 */
public record OpenEvaluationCommand(
        @NotNull ClusterId clusterId,
        @NotNull @Min(2021) @Max(2035) Integer year,
        @NotNull LocalDate selfAssessmentDue) implements GuardedCommand {

    public EvaluationId evaluationId() {
        return EvaluationId.forClusterAndYear(clusterId, year);
    }

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
