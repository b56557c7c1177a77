package org.clusterhub.project.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Adds a budget line (万元, two decimals) with its funding source. The caller generates {@code lineId}. */
public record AddBudgetLineCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 40) String lineId,
        @NotBlank @Size(min = 2, max = 80) @PlainText String item,
        @NotNull FundingSource source,
        @NotNull @DecimalMin("0.01") @Digits(integer = 9, fraction = 2) BigDecimal amount) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
