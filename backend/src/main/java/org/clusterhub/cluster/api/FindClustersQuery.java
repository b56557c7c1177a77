package org.clusterhub.cluster.api;

import org.clusterhub.shared.City;

/**
 * A page of the cluster directory, filtered on the server.
 *
 * @param text matched against Chinese and English names, promotion organization and focus areas (may be null)
 * @param city a center or key city of the cluster (may be null); radiated cities do not count
 * @param level national or provincial (may be null)
 * @param includeRetired whether retired clusters are listed
 * @param nationallyLeading only clusters with (true) or without (false) a standing 国内领先 assessment (may be null)
 */
public record FindClustersQuery(String text, City city, ClusterLevel level, boolean includeRetired, int offset,
                                int limit, Boolean nationallyLeading) {

    public FindClustersQuery(String text, City city, ClusterLevel level, boolean includeRetired, int offset,
                             int limit) {
        this(text, city, level, includeRetired, offset, limit, null);
    }

    public FindClustersQuery {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..500");
        }
    }
}
