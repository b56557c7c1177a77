package org.clusterhub.supervision.api;

import java.time.LocalDate;
import org.clusterhub.cluster.api.ClusterId;

/** The yearly evaluation of a cluster's promotion organization was opened. */
public record EvaluationOpenedEvent(EvaluationId evaluationId, ClusterId clusterId, int year,
                                    LocalDate selfAssessmentDue) {
}
