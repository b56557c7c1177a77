package org.clusterhub.cluster.api;

import java.util.List;
import org.clusterhub.shared.City;

public record ClusterRegisteredEvent(
        ClusterId clusterId,
        Integer planNumber,
        String code,
        String nameZh,
        String nameEn,
        ClusterLevel level,
        PromotionOrganization promotionOrganization,
        List<City> centerCities,
        List<City> keyCities,
        List<City> radiatedCities,
        List<LeadingEnterprise> leadingEnterprises,
        List<String> supportingPlatforms,
        List<String> focusAreas,
        List<String> focusAreasEn) {
}
