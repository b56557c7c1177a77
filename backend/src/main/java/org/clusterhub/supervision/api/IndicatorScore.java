package org.clusterhub.supervision.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** The province's score (0 to 100) and comment on one indicator. */
public record IndicatorScore(
        @NotNull EvaluationIndicator indicator,
        @NotNull @Min(0) @Max(100) Integer score,
        @Size(max = 2000) @PlainText String comment) {
}
