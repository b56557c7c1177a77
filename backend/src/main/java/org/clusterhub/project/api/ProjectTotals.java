package org.clusterhub.project.api;

import java.math.BigDecimal;

/** Counts and sums (万元) over every project matching a filter, not just the page. */
public record ProjectTotals(long count, BigDecimal approvedBudget, BigDecimal provincialSubsidy, BigDecimal spent) {
}
