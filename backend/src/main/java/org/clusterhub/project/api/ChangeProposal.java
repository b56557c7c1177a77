package org.clusterhub.project.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.clusterhub.shared.validation.PlainText;

/**
 * What a change request proposes. Only the fields of its kind are set; the rest are null.
 *
 * @param budgetLineAmounts new amounts (万元) by budget line id, for a budget change
 * @param indicatorTargets new target values by indicator id, for a KPI change
 */
public record ChangeProposal(
        @Size(max = 100) @PlainText String leadOrganization,
        @Size(max = 60) @PlainText String personInCharge,
        @Min(2021) @Max(2035) Integer endYear,
        Map<String, BigDecimal> budgetLineAmounts,
        @Size(max = 10000) @PlainText String content,
        Map<String, BigDecimal> indicatorTargets) {
}
