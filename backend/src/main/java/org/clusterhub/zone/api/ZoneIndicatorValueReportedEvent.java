package org.clusterhub.zone.api;

import java.math.BigDecimal;
import org.clusterhub.shared.ReportingPeriod;

public record ZoneIndicatorValueReportedEvent(ZoneId zoneId, String reportId, String indicator, ReportingPeriod period,
                                              BigDecimal value, String unit, String source) {
}
