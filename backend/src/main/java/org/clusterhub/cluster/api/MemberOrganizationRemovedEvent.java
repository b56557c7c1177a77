package org.clusterhub.cluster.api;

import org.clusterhub.shared.City;

public record MemberOrganizationRemovedEvent(ClusterId clusterId, OrganizationId organizationId, String name,
                                             City city, String reason) {
}
