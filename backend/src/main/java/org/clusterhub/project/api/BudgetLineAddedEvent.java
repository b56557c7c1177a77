package org.clusterhub.project.api;

import java.math.BigDecimal;

public record BudgetLineAddedEvent(ProjectId projectId, String lineId, String item, FundingSource source,
                                   BigDecimal amount) {
}
