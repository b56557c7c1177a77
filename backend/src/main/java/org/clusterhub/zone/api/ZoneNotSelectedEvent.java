package org.clusterhub.zone.api;

public record ZoneNotSelectedEvent(ZoneId zoneId, String reason, ZoneCreationStatus previousStatus) {
}
