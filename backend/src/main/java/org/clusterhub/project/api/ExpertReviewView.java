package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record ExpertReviewView(List<ScoringCriterion> criteria, List<ExpertSeatView> experts, LocalDate dueDate,
                               long seed, List<String> excluded, List<ExpertResult> results,
                               BigDecimal averageScore) {
}
