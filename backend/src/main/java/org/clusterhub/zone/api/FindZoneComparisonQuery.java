package org.clusterhub.zone.api;

/**
 * The comparison of zones, filtered on the server.
 *
 * @param kind pilot or demonstration (may be null)
 * @param status creation status (may be null)
 * @param offTrackOnly only zones with at least one indicator off track or missed
 */
public record FindZoneComparisonQuery(ZoneKind kind, ZoneCreationStatus status, boolean offTrackOnly, int offset,
                                      int limit) {

    public FindZoneComparisonQuery {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..200");
        }
    }
}
