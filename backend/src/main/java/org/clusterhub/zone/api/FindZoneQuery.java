package org.clusterhub.zone.api;

/**
 * One zone's details. With {@code atLeastVersion} the answer waits briefly until the read model has caught up
 * with that aggregate version, so that a screen told of an event on another node shows its effect.
 */
public record FindZoneQuery(ZoneId zoneId, long atLeastVersion) {

    public FindZoneQuery(ZoneId zoneId) {
        this(zoneId, -1);
    }
}
