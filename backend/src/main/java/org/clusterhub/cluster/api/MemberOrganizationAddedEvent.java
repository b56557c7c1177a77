package org.clusterhub.cluster.api;

import org.clusterhub.shared.City;

public record MemberOrganizationAddedEvent(ClusterId clusterId, OrganizationId organizationId, String name,
                                           OrganizationKind kind, City city, ChainPosition chainPosition,
                                           String creditCode) {
}
