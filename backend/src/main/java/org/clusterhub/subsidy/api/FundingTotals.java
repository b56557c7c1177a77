package org.clusterhub.subsidy.api;

import java.math.BigDecimal;

/** Sums (万元) over the programmes or grants a list shows. */
public record FundingTotals(BigDecimal budget, BigDecimal committed, BigDecimal paid) {

    public BigDecimal remaining() {
        return budget.subtract(committed);
    }
}
