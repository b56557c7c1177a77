package org.clusterhub.project.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One expert's score (0-100) for one criterion. */
public record CriterionScore(@NotBlank @Size(max = 40) String criterion, @Min(0) @Max(100) int score) {
}
