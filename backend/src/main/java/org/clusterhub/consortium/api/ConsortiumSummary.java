package org.clusterhub.consortium.api;

import java.time.Instant;
import org.clusterhub.cluster.api.ClusterId;

/** A row of the consortium list. */
public record ConsortiumSummary(ConsortiumId consortiumId, ClusterId clusterId, String clusterName, String name,
                                TechnologyArea area, String leadOrganization, ConsortiumStatus status,
                                int memberCount, int openInvitations, Instant lastChangedAt, long version) {
}
