package org.clusterhub.supervision.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator's figure for a period: how many facts count, their amount (in the indicator's unit; null when the
 * indicator carries none) and its breakdowns.
 */
public record IndicatorFigure(EvaluationIndicator indicator, long count, BigDecimal amount,
                              List<BreakdownCount> breakdown) {

    public IndicatorFigure {
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    }
}
