package org.clusterhub.consortium.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;

/**
 * A consortium was proposed within a cluster; the proposing organization is its lead and first member.
 *
 * @param origin the matchmaking meeting it grew out of; null when proposed on its own (and in every event stored
 *               before origins were recorded)
 */
public record ConsortiumProposedEvent(ConsortiumId consortiumId, ClusterId clusterId, String name, TechnologyArea area,
                                      List<String> keywords, String aims, List<String> platforms,
                                      String leadOrganization, String leadCreditCode, OrganizationKind leadKind,
                                      Commitment leadCommitment, ConsortiumOrigin origin) {

    @JsonCreator
    public ConsortiumProposedEvent {
    }

    /** A consortium proposed on its own. */
    public ConsortiumProposedEvent(ConsortiumId consortiumId, ClusterId clusterId, String name, TechnologyArea area,
                                   List<String> keywords, String aims, List<String> platforms,
                                   String leadOrganization, String leadCreditCode, OrganizationKind leadKind,
                                   Commitment leadCommitment) {
        this(consortiumId, clusterId, name, area, keywords, aims, platforms, leadOrganization, leadCreditCode,
                leadKind, leadCommitment, null);
    }
}
