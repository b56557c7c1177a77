package org.clusterhub.zone.api;

/**
 * The zone as it was right after its event {@code sequenceNumber}, rebuilt from its stored events up to that point
 * (never from a stored copy); answered with an optional {@link ZoneAsOfView}, empty for an unknown zone.
 */
public record FindZoneAsOfQuery(ZoneId zoneId, long sequenceNumber) {
}
