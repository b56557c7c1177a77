package org.clusterhub.challenge.api;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;

/** The challenge list's filter; null fields do not filter. {@code text} matches the title or the poster. */
public record ChallengeFilter(ClusterId clusterId, TechnologyArea area, ChallengeStatus status, String text) {

    public static ChallengeFilter none() {
        return new ChallengeFilter(null, null, null, null);
    }

}
