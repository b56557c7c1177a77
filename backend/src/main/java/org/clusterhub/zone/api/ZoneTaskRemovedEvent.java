package org.clusterhub.zone.api;

public record ZoneTaskRemovedEvent(ZoneId zoneId, String taskId, String title, String reason) {
}
