package org.clusterhub.subsidy.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.clusterhub.shared.validation.PlainText;

/**
 * A tranche as a supervisor plans it: an amount (万元, two decimals) and the condition that makes it payable.
 *
 * @param milestoneId the project's milestone, for {@link TrancheCondition#MILESTONE_COMPLETED}
 * @param note what the tranche is for, or the condition a supervisor will confirm
 */
public record TranchePlan(
        @NotNull @DecimalMin("0.01") @DecimalMax("999999999.99") @Digits(integer = 9, fraction = 2) BigDecimal amount,
        @NotNull TrancheCondition condition,
        @Size(max = 64) String milestoneId,
        @Size(max = 300) @PlainText String note) {
}
