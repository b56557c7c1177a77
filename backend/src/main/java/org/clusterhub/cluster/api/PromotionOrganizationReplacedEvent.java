package org.clusterhub.cluster.api;

public record PromotionOrganizationReplacedEvent(ClusterId clusterId, PromotionOrganization previous,
                                                 PromotionOrganization promotionOrganization, String reason) {
}
