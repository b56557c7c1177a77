package org.clusterhub.consortium.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.clusterhub.shared.validation.PlainText;

/**
 * What a member puts into the consortium: people, equipment (described, with its value) and money. Amounts are yuan
 * (CNY) with two decimals.
 */
public record Commitment(
        @Min(0) @Max(100_000) int people,
        @Size(max = 500) @PlainText String equipment,
        @DecimalMin("0") @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2) BigDecimal equipmentValue,
        @DecimalMin("0") @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2) BigDecimal money) {

    public static Commitment none() {
        return new Commitment(0, null, new BigDecimal("0.00"), new BigDecimal("0.00"));
    }
}
