package org.clusterhub.supervision.api;

import java.math.BigDecimal;

/**
 * One line of the change report: an indicator's figure (or, with {@code breakdown} and {@code key}, one part of it)
 * in the earlier and the later period, and which way it moved. More is better for every indicator.
 */
public record IndicatorChange(EvaluationIndicator indicator, FactBreakdown breakdown, String key, long before,
                              long after, BigDecimal amountBefore, BigDecimal amountAfter,
                              ChangeDirection direction) {

    public long difference() {
        return after - before;
    }
}
