package org.clusterhub.zone.api;

import java.math.BigDecimal;
import org.clusterhub.shared.ReportingPeriod;

public record ZoneIndicatorValueAcceptedEvent(ZoneId zoneId, String reportId, String indicator,
                                              ReportingPeriod period, BigDecimal value, String note) {
}
