package org.clusterhub.consortium.api;

import org.clusterhub.cluster.api.OrganizationKind;

/** An organization applied to join; the lead decides. */
public record MembershipAppliedEvent(ConsortiumId consortiumId, String organization, String creditCode,
                                     OrganizationKind kind, MemberOrigin origin, String region, String motivation,
                                     Commitment commitment) {
}
