package org.clusterhub.consortium.web;

import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.TechnologyArea;

/** A consortium proposed by the caller's own organization, which becomes its lead. */
record ProposeConsortiumRequest(ClusterId clusterId, String name, TechnologyArea area, List<String> keywords, String aims,
                                List<String> platforms, String leadCreditCode, OrganizationKind leadKind,
                                Commitment commitment) {
}
