package org.clusterhub.zone.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.clusterhub.shared.validation.PlainText;

/**
 * A quantified target of a zone, e.g. "先进制造业主营业务收入占规模以上工业比重 >= 70 % by 2025".
 *
 * @param comparator how the achieved value must compare with {@code value}: {@code >=}, {@code <=}, {@code =},
 *                   {@code >} or {@code <}
 * @param unit e.g. {@code %} or {@code 亿元}; may be null for a plain number
 * @param year the year the target is due; null when the plan gives none
 */
public record ZoneTarget(
        @NotBlank @Size(max = 200) @PlainText String indicatorZh,
        @Size(max = 300) @PlainText String indicatorEn,
        @NotNull @Pattern(regexp = ">=|<=|=|>|<") String comparator,
        @NotNull BigDecimal value,
        @Size(max = 20) @PlainText String unit,
        @Min(2020) @Max(2035) Integer year) {
}
