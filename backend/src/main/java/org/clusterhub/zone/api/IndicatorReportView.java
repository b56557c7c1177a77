package org.clusterhub.zone.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.ReportingPeriod;

/** One reported value, as it stands now (corrections applied), with the exchange about it, oldest first. */
public record IndicatorReportView(String reportId, String indicator, ReportingPeriod period, BigDecimal value,
                                  String unit, String source, ReportState state, String reportedBy,
                                  Instant reportedAt, List<ReportExchange> exchanges) {
}
