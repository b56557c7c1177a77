package org.clusterhub.zone.api;

public record ZoneTaskProgressReportedEvent(ZoneId zoneId, String taskId, int percentDone, int previousPercentDone,
                                            String note) {
}
