package org.clusterhub.zone.api;

import java.util.List;

public record ZoneAimsRevisedEvent(ZoneId zoneId, String aimsZh, String aimsEn, List<String> keyTasks,
                                   String reason) {
}
