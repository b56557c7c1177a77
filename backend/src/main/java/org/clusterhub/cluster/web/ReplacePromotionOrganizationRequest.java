package org.clusterhub.cluster.web;

import org.clusterhub.cluster.api.PromotionOrganization;

/**
 * Body of {@code POST /api/clusters/{id}/promotion-organization}.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
record ReplacePromotionOrganizationRequest(PromotionOrganization promotionOrganization, String reason,
                                           Long expectedVersion) {
}
