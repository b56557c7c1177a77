package org.clusterhub.consortium.api;

import java.time.Instant;
import org.clusterhub.cluster.api.OrganizationKind;

/**
 * One organization on the membership board: invited, applied, member, or no longer.
 *
 * @param note the answer's reason, the application's motivation or the reason for leaving, as the state implies
 * @param since when it reached its present state
 */
public record ConsortiumMemberView(String organization, String creditCode, OrganizationKind kind, MemberOrigin origin,
                                   String region, MemberRole role, MembershipState state,
                                   boolean requiredForFounding, Commitment commitment, String note, Instant since) {
}
