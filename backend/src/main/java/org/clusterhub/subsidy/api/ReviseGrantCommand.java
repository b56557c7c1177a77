package org.clusterhub.subsidy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * Changes a grant's amount (万元) and re-plans what is not paid yet: paid tranches stay as they were, the unpaid ones
 * are replaced by {@code unpaidTranches}, and paid plus re-planned add up to the new amount. The amount never drops
 * below what was paid, and the programme's commitments stay within its budget.
 */
public record ReviseGrantCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotNull GrantId grantId,
        @NotNull @DecimalMin("0.01") @DecimalMax("999999999.99") @Digits(integer = 9, fraction = 2)
        BigDecimal amount,
        @NotNull @Size(max = 12) List<@NotNull @Valid TranchePlan> unpaidTranches,
        @NotBlank @Size(min = 2, max = 1000) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
