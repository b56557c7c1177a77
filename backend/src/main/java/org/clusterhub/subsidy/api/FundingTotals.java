package org.clusterhub.subsidy.api;

import java.math.BigDecimal;

/** Sums (万元) over the programmes a list shows; {@code remaining} counts open programmes only. */
public record FundingTotals(BigDecimal budget, BigDecimal committed, BigDecimal paid, BigDecimal remaining) {
}
