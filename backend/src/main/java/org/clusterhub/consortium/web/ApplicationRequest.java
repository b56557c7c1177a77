package org.clusterhub.consortium.web;

import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.MemberOrigin;

/** The caller's own organization applies to join. */
record ApplicationRequest(String creditCode, OrganizationKind kind, MemberOrigin origin, String region, String motivation,
                          Commitment commitment) {
}
