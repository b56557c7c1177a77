package org.clusterhub.zone.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clusterhub.shared.ReportingPeriod;

/**
 * An indicator against the target that governs its latest figure.
 *
 * @param expectedValue where the straight path from the first figure to the target stands at the end of the latest
 *                      period (null without two figures or without a target)
 * @param deadline the last day of the governing target's year (null without a target year)
 */
public record IndicatorTrack(TrackStatus status, ReportingPeriod latestPeriod, BigDecimal latestValue,
                             boolean latestAccepted, BigDecimal expectedValue, String comparator,
                             BigDecimal targetValue, LocalDate deadline) {
}
