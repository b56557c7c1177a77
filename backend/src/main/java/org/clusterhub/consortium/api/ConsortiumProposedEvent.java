package org.clusterhub.consortium.api;

import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;

/** A consortium was proposed within a cluster; the proposing organization is its lead and first member. */
public record ConsortiumProposedEvent(ConsortiumId consortiumId, ClusterId clusterId, String name, TechnologyArea area,
                                      List<String> keywords, String aims, List<String> platforms,
                                      String leadOrganization, String leadCreditCode, OrganizationKind leadKind,
                                      Commitment leadCommitment) {
}
