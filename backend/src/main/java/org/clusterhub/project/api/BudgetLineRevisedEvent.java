package org.clusterhub.project.api;

import java.math.BigDecimal;

public record BudgetLineRevisedEvent(ProjectId projectId, String lineId, String item, FundingSource source,
                                     BigDecimal amount) {
}
