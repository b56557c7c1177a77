package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** What acceptance measured for one technical indicator, and whether it meets the target. */
public record IndicatorResult(
        @NotBlank @Size(max = 40) String indicatorKey,
        @NotBlank @Size(max = 60) @PlainText String achieved,
        boolean met) {
}
