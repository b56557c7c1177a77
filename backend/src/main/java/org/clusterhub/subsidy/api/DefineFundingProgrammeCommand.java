package org.clusterhub.subsidy.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** The province defines a funding programme (奖补资金) of one year with its budget (万元, two decimals). */
public record DefineFundingProgrammeCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @Min(2021) @Max(2035) int year,
        @NotNull ProgrammeKind kind,
        @NotBlank @Size(min = 2, max = 100) @PlainText String name,
        @Size(max = 2000) @PlainText String description,
        @NotNull @DecimalMin("0.01") @DecimalMax("999999999.99") @Digits(integer = 9, fraction = 2)
        BigDecimal budget) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
