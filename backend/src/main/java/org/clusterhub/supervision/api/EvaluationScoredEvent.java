package org.clusterhub.supervision.api;

import java.util.List;

/**
 * The province scored the evaluation. {@code withoutSelfAssessment}: the organization had not submitted one by its
 * due date.
 */
public record EvaluationScoredEvent(EvaluationId evaluationId, List<IndicatorScore> scores, int overallScore,
                                    String overallComment, OrganizationGrade grade, boolean withoutSelfAssessment) {
}
