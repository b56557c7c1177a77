package org.clusterhub.supervision.api;

import java.time.Instant;
import org.clusterhub.cluster.api.ClusterId;

/**
 * A line of the evaluations list. {@code grade} and {@code overallScore} are the result as it stands once finalized
 * (null before).
 */
public record EvaluationSummary(EvaluationId evaluationId, ClusterId clusterId, Integer planNumber,
                                String clusterNameZh, String clusterNameEn, String promotionOrganizationZh,
                                String promotionOrganizationEn, int year, EvaluationStatus status, Integer selfScore,
                                Integer overallScore, OrganizationGrade grade, Instant lastChangedAt) {
}
