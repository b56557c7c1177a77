package org.clusterhub.subsidy.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * The supervisor records that a payable tranche was paid in full, on a date (not in the future), with the payment
 * voucher's number (拨付凭证号).
 */
public record RecordTranchePaymentCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotNull GrantId grantId,
        @Min(1) @Max(100) int tranche,
        @NotNull LocalDate paidOn,
        @NotBlank @Size(min = 2, max = 60) @PlainText String voucher,
        @Size(max = 500) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
