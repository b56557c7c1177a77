package org.clusterhub.supervision.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** What the promotion organization says about one indicator in its self-assessment. */
public record IndicatorAssessment(
        @NotNull EvaluationIndicator indicator,
        @Size(max = 2000) @PlainText String text) {
}
