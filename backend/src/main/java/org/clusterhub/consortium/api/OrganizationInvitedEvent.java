package org.clusterhub.consortium.api;

import org.clusterhub.cluster.api.OrganizationKind;

/** The lead invited an organization, with the role it would have. */
public record OrganizationInvitedEvent(ConsortiumId consortiumId, String organization, String creditCode,
                                       OrganizationKind kind, MemberOrigin origin, String region, MemberRole role,
                                       boolean requiredForFounding) {
}
