package org.clusterhub.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A period of whole days in Shandong's time (Asia/Shanghai), both ends included: a year, a half-year, any range.
 */
public record EvaluationPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public EvaluationPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    public static EvaluationPeriod ofYear(int year) {
        return new EvaluationPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(SHANGHAI).toInstant();
    }

    /** The first instant after the period. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }
}
