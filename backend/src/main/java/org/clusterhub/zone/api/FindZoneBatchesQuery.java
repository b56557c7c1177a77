package org.clusterhub.zone.api;

/** The batch recommendations, newest first. */
public record FindZoneBatchesQuery(int offset, int limit) {

    public FindZoneBatchesQuery {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..200");
        }
    }
}
