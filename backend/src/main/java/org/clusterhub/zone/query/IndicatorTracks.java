package org.clusterhub.zone.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.IndicatorReportView;
import org.clusterhub.zone.api.IndicatorTrack;
import org.clusterhub.zone.api.ReportState;
import org.clusterhub.zone.api.TrackStatus;
import org.clusterhub.zone.api.ZoneTarget;

/**
 * Judges an indicator against its target. The rule, as the screens state it ({@code zone.track.rule}):
 * <ul>
 *   <li>The governing target is the earliest one due in or after the year of the latest figure (the last one when
 *       all are earlier); a target without a year is due at the end of the plan period.</li>
 *   <li>ACHIEVED when the latest figure meets it; MISSED when its year is over (Shanghai) and the latest figure does
 *       not.</li>
 *   <li>Otherwise the expected path is the straight line from the first figure (end of its period) to the target
 *       value at the end of the target's year: ON_TRACK when the latest figure is at or beyond the path at the end
 *       of its period (higher for {@code >=}/{@code >}, lower for {@code <=}/{@code <}), OFF_TRACK when behind.</li>
 * </ul>
 * Figures count as they stand now (corrections applied), accepted or not; the screens mark those not yet accepted.
 */
final class IndicatorTracks {

    /** The plan's period ends in 2025: a target without a year is due then. */
    static final int PLAN_END_YEAR = 2025;

    private IndicatorTracks() {
    }

    static IndicatorTrack judge(List<ZoneTarget> targets, List<IndicatorReportView> reports, LocalDate today) {
        List<IndicatorReportView> ordered = reports.stream()
                .sorted(Comparator.comparing(IndicatorReportView::period)).toList();
        ZoneTarget governing = governing(targets, ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).period());
        String comparator = governing == null ? null : governing.comparator();
        BigDecimal targetValue = governing == null ? null : governing.value();
        LocalDate deadline = governing == null ? null : LocalDate.of(yearOf(governing), 12, 31);
        if (ordered.isEmpty()) {
            return new IndicatorTrack(TrackStatus.NO_DATA, null, null, false, null, comparator, targetValue,
                    deadline);
        }
        IndicatorReportView first = ordered.get(0);
        IndicatorReportView latest = ordered.get(ordered.size() - 1);
        boolean accepted = latest.state() == ReportState.ACCEPTED;
        if (governing == null) {
            return new IndicatorTrack(ordered.size() == 1 ? TrackStatus.BASELINE_ONLY : TrackStatus.NO_DATA,
                    latest.period(), latest.value(), accepted, null, null, null, null);
        }
        if (meets(latest.value(), comparator, targetValue)) {
            return new IndicatorTrack(TrackStatus.ACHIEVED, latest.period(), latest.value(), accepted, null,
                    comparator, targetValue, deadline);
        }
        if (today.isAfter(deadline)) {
            return new IndicatorTrack(TrackStatus.MISSED, latest.period(), latest.value(), accepted, null, comparator,
                    targetValue, deadline);
        }
        if (ordered.size() == 1) {
            return new IndicatorTrack(TrackStatus.BASELINE_ONLY, latest.period(), latest.value(), accepted, null,
                    comparator, targetValue, deadline);
        }
        BigDecimal expected = expectedAt(first.period().lastDay(), first.value(), deadline, targetValue,
                latest.period().lastDay());
        boolean higherIsBetter = higherIsBetter(comparator, first.value(), targetValue);
        int versusPath = latest.value().compareTo(expected);
        boolean onTrack = higherIsBetter ? versusPath >= 0 : versusPath <= 0;
        return new IndicatorTrack(onTrack ? TrackStatus.ON_TRACK : TrackStatus.OFF_TRACK, latest.period(),
                latest.value(), accepted, expected, comparator, targetValue, deadline);
    }

    /** The value on the straight path from (start, from) to (end, to) on {@code day}, rounded to 4 decimals. */
    static BigDecimal expectedAt(LocalDate start, BigDecimal from, LocalDate end, BigDecimal to, LocalDate day) {
        long total = ChronoUnit.DAYS.between(start, end);
        if (total <= 0) {
            return to;
        }
        long elapsed = Math.min(Math.max(ChronoUnit.DAYS.between(start, day), 0), total);
        BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return from.add(to.subtract(from).multiply(share)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static ZoneTarget governing(List<ZoneTarget> targets, ReportingPeriod latest) {
        if (targets.isEmpty()) {
            return null;
        }
        List<ZoneTarget> byYear = targets.stream().sorted(Comparator.comparingInt(IndicatorTracks::yearOf)).toList();
        if (latest == null) {
            return byYear.get(0);
        }
        return byYear.stream().filter(t -> yearOf(t) >= latest.year()).findFirst()
                .orElse(byYear.get(byYear.size() - 1));
    }

    static boolean meets(BigDecimal value, String comparator, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            default -> c == 0;
        };
    }

    /** For {@code =} the path's direction is from the first figure toward the target. */
    private static boolean higherIsBetter(String comparator, BigDecimal first, BigDecimal target) {
        return switch (comparator) {
            case ">=", ">" -> true;
            case "<=", "<" -> false;
            default -> target.compareTo(first) >= 0;
        };
    }

    private static int yearOf(ZoneTarget target) {
        return target.year() == null ? PLAN_END_YEAR : target.year();
    }
}
