package org.clusterhub.challenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusterhub.shared.validation.PlainText;

/** One criterion bids are scored against, with its weight in percent. The weights of a challenge add up to 100. */
public record EvaluationCriterion(
        @NotBlank @Size(max = 40) @PlainText String key,
        @NotBlank @Size(max = 60) @PlainText String nameZh,
        @Size(max = 80) @PlainText String nameEn,
        @Min(1) @Max(100) int weight) {

    /** The criteria most 揭榜挂帅 evaluations use. */
    public static List<EvaluationCriterion> standard() {
        return List.of(new EvaluationCriterion("approach", "技术路线先进性与可行性", "Technical approach", 40),
                new EvaluationCriterion("team", "团队能力与研发基础", "Team and track record", 25),
                new EvaluationCriterion("schedule", "进度安排", "Schedule", 15),
                new EvaluationCriterion("price", "报价合理性", "Price", 20));
    }
}
