package org.clusterhub.challenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One evaluator's score (0-100) of one bid for one criterion. */
public record BidCriterionScore(@NotBlank @Size(max = 40) String criterion, @Min(0) @Max(100) int score) {
}
