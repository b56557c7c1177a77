package org.clusterhub.supervision.api;

/** A finalized result was corrected, openly: what it was, what it is now, and why. */
public record EvaluationResultCorrectedEvent(EvaluationId evaluationId, OrganizationGrade previousGrade,
                                             OrganizationGrade grade, int previousScore, int overallScore,
                                             String reason) {
}
