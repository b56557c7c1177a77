package org.clusterhub.project.web;

import java.math.BigDecimal;
import org.clusterhub.project.api.FundingSource;

/** A budget line (万元); {@code expectedVersion} only for a revision. */
record BudgetLineRequest(String item, FundingSource source, BigDecimal amount, Long expectedVersion) {
}
