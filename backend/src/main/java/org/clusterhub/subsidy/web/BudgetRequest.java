package org.clusterhub.subsidy.web;

import java.math.BigDecimal;

/** A programme's new budget (万元) and why. */
record BudgetRequest(BigDecimal budget, String reason) {
}
