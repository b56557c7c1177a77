package org.clusterhub.consortium.web;

import org.clusterhub.consortium.api.ConsortiumOrigin;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.TechnologyArea;

/**
 * A consortium proposed by the caller's own organization, which becomes its lead.
 *
 * @param origin optional: the matchmaking meeting it grew out of (ADR 018)
 */
record ProposeConsortiumRequest(ClusterId clusterId, String name, TechnologyArea area, List<String> keywords, String aims,
                                List<String> platforms, String leadCreditCode, OrganizationKind leadKind,
                                Commitment commitment, ConsortiumOrigin origin) {
}
