package org.clusterhub.project.api;

import java.math.BigDecimal;

/** @param approvedAmount the amount in the approved baseline (or its approved changes); null before approval */
public record BudgetLineView(String lineId, String item, FundingSource source, BigDecimal amount,
                             BigDecimal approvedAmount, BigDecimal spent) {
}
