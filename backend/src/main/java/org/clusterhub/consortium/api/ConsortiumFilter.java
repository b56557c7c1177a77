package org.clusterhub.consortium.api;

import org.clusterhub.cluster.api.ClusterId;

/**
 * The list's filter; null fields do not filter.
 *
 * @param organization consortia in which this organization (exact name) is on the board: member, invited or applied
 * @param text in the name, keywords, lead or members, ignoring case
 */
public record ConsortiumFilter(ClusterId clusterId, TechnologyArea area, ConsortiumStatus status, String organization,
                               String text) {

    public static ConsortiumFilter none() {
        return new ConsortiumFilter(null, null, null, null, null);
    }
}
