package org.clusterhub.cluster.api;

import java.time.Instant;
import org.clusterhub.shared.City;

public record MemberOrganizationView(OrganizationId organizationId, String name, OrganizationKind kind, City city,
                                     ChainPosition chainPosition, String creditCode, Instant addedAt) {
}
