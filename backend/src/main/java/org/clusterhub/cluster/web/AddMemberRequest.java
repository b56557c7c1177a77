package org.clusterhub.cluster.web;

import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.City;

/**
 * Body of {@code POST /api/clusters/{id}/members}. The member's id is derived from its credit code.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
record AddMemberRequest(String name, OrganizationKind kind, City city, ChainPosition chainPosition,
                        String creditCode, Long expectedVersion) {
}
