package org.clusterhub.project.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusterhub.shared.validation.PlainText;

/**
 * One criterion of an expert review, with its weight in percent. The weights of a review add up to 100.
 *
 * @param key stable key, e.g. {@code technology}
 */
public record ScoringCriterion(
        @NotBlank @Size(max = 40) @PlainText String key,
        @NotBlank @Size(max = 60) @PlainText String nameZh,
        @Size(max = 80) @PlainText String nameEn,
        @Min(1) @Max(100) int weight) {

    /** The criteria most provincial special-fund reviews use. */
    public static List<ScoringCriterion> standard() {
        return List.of(new ScoringCriterion("necessity", "必要性与目标", "Need and aims", 20),
                new ScoringCriterion("technology", "技术先进性与可行性", "Technology and feasibility", 30),
                new ScoringCriterion("plan", "实施方案与组织保障", "Plan and organization", 20),
                new ScoringCriterion("budget", "预算合理性", "Budget soundness", 15),
                new ScoringCriterion("benefit", "预期效益", "Expected benefit", 15));
    }
}
