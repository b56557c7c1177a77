package org.clusterhub.consortium.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;

/** One consortium as its page shows it, with the whole membership board. */
public record ConsortiumView(ConsortiumId consortiumId, long version, ClusterId clusterId, String clusterName,
                             String name, TechnologyArea area, List<String> keywords, String aims,
                             List<String> platforms, String leadOrganization, String leadCreditCode,
                             ConsortiumStatus status, List<ConsortiumMemberView> members, Instant proposedAt,
                             Instant foundedAt, String registrationNumber, String registrationNote,
                             Instant registeredAt, String dissolutionReason, Instant dissolvedAt,
                             Instant lastChangedAt) {

    /** The board entry of the organization with this name, if it appears on the board at all. */
    public java.util.Optional<ConsortiumMemberView> entryOf(String organization) {
        return members.stream().filter(m -> m.organization().equals(organization)).findFirst();
    }
}
