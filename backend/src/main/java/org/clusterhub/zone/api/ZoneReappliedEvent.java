package org.clusterhub.zone.api;

public record ZoneReappliedEvent(ZoneId zoneId, String reason) {
}
