package org.clusterhub.consortium.web;

import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.MemberOrigin;
import org.clusterhub.consortium.api.MemberRole;

/** An organization to invite, with the role it would have. */
record InvitationRequest(String organization, String creditCode, OrganizationKind kind, MemberOrigin origin, String region,
                         MemberRole role, boolean requiredForFounding) {
}
