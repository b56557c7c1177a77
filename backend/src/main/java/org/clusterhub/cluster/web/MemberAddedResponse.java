package org.clusterhub.cluster.web;

import org.clusterhub.cluster.api.OrganizationId;

/**
 * Answer to adding a member: its id (for {@code DELETE /api/clusters/{id}/members/{organizationId}}) and the
 * cluster's version after the change.
 */
record MemberAddedResponse(OrganizationId organizationId, long version) {
}
