package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.List;

/** The result was finalized and published: the grade, the overall score and the figures it rests on. */
public record EvaluationFinalizedEvent(EvaluationId evaluationId, OrganizationGrade grade, int overallScore,
                                       List<IndicatorFigure> figures, Instant figuresAsOf) {
}
