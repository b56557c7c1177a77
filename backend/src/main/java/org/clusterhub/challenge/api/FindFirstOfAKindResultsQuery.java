package org.clusterhub.challenge.api;

import org.clusterhub.cluster.api.ClusterId;

/** The first-of-a-kind results registered for one cluster. */
public record FindFirstOfAKindResultsQuery(ClusterId clusterId) {
}
