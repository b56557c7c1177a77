package org.clusterhub.zone.api;

import org.clusterhub.shared.ReportingPeriod;

public record ZoneIndicatorValueQuestionedEvent(ZoneId zoneId, String reportId, String indicator,
                                                ReportingPeriod period, String question) {
}
