package org.clusterhub.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a reported figure covers: a quarter ({@code 2025-Q3}) or a whole year ({@code 2025}). Written and read
 * as that text, in events, the API and the read models. Dates are judged in Asia/Shanghai, where the figures are
 * compiled.
 *
 * @param quarter 1..4, or null for the whole year
 */
public record ReportingPeriod(int year, Integer quarter) implements Comparable<ReportingPeriod> {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** How a period is written: {@code 2025} or {@code 2025-Q3}. */
    public static final String PATTERN = "(\\d{4})(?:-Q([1-4]))?";
    private static final Pattern TEXT = Pattern.compile(PATTERN);

    public ReportingPeriod {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be 2000..2100");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1..4");
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(year, null);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(year, quarter);
    }

    /** Parses {@code 2025} or {@code 2025-Q3}; anything else is an {@link IllegalArgumentException}. */
    @JsonCreator
    public static ReportingPeriod parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("a period is written 2025 or 2025-Q3");
        }
        int year = Integer.parseInt(matcher.group(1));
        return matcher.group(2) == null ? year(year) : quarter(year, Integer.parseInt(matcher.group(2)));
    }

    public boolean isYear() {
        return quarter == null;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, isYear() ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return isYear() ? LocalDate.of(year, 12, 31) : firstDay().plusMonths(3).minusDays(1);
    }

    /** Whether the period has not begun yet on {@code now} in Shanghai: nothing can be reported for it. */
    public boolean startsAfter(Instant now) {
        return firstDay().isAfter(LocalDate.ofInstant(now, SHANGHAI));
    }

    /** Orders by the period's end, a quarter before the year it ends (2025-Q4 before 2025). */
    @Override
    public int compareTo(ReportingPeriod other) {
        int byEnd = lastDay().compareTo(other.lastDay());
        if (byEnd != 0) {
            return byEnd;
        }
        return Boolean.compare(isYear(), other.isYear());
    }

    @JsonValue
    @Override
    public String toString() {
        return isYear() ? String.valueOf(year) : year + "-Q" + quarter;
    }
}
