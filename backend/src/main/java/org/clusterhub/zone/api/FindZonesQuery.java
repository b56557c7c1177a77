package org.clusterhub.zone.api;

import org.clusterhub.shared.City;

/**
 * A page of the zone directory, filtered on the server, in the plan's order.
 *
 * @param text matched against names, code, aims, key tasks and target indicators, ignoring case (may be null)
 * @param city the zone's city (may be null)
 * @param kind pilot or demonstration (may be null)
 */
public record FindZonesQuery(String text, City city, ZoneKind kind, int offset, int limit) {

    public FindZonesQuery {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..500");
        }
    }
}
