package org.clusterhub.zone.api;

public record ZoneNationalCreationStartedEvent(ZoneId zoneId, String note) {
}
