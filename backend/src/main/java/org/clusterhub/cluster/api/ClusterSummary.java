package org.clusterhub.cluster.api;

import java.util.List;
import org.clusterhub.shared.City;

public record ClusterSummary(ClusterId clusterId, Integer planNumber, String nameZh, String nameEn, ClusterLevel level,
                             String promotionOrganizationZh, String promotionOrganizationEn, List<City> centerCities,
                             List<City> keyCities, int memberCount, boolean retired) {
}
