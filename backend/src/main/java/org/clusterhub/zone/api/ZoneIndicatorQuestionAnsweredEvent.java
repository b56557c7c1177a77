package org.clusterhub.zone.api;

import java.math.BigDecimal;
import org.clusterhub.shared.ReportingPeriod;

public record ZoneIndicatorQuestionAnsweredEvent(ZoneId zoneId, String reportId, String indicator,
                                                 ReportingPeriod period, String answer, BigDecimal previousValue,
                                                 BigDecimal value, String source) {
}
