package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.util.List;

/** Every active expert has locked: the scores are revealed together, with the weighted average. */
public record ExpertReviewCompletedEvent(ProjectId projectId, List<ExpertResult> results, BigDecimal averageScore) {
}
