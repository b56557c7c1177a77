package org.clusterhub.zone.api;

/** A zone's creation status, indicators and tasks; with {@code atLeastVersion} waits briefly for the read model. */
public record FindZoneMonitoringQuery(ZoneId zoneId, long atLeastVersion) {

    public FindZoneMonitoringQuery(ZoneId zoneId) {
        this(zoneId, -1);
    }
}
