package org.clusterhub.cluster.web;

import java.util.List;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.LeadingEnterprise;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.shared.City;

/**
 * Body of {@code POST /api/clusters}. The server generates the id; the command validates the values, so the
 * components carry the command's names and a refused field is reported under the name the caller sent. Lists the
 * caller leaves out are taken as empty.
 */
record RegisterClusterRequest(Integer planNumber, String code, String nameZh, String nameEn, ClusterLevel level,
                              PromotionOrganization promotionOrganization, List<City> centerCities,
                              List<City> keyCities, List<City> radiatedCities,
                              List<LeadingEnterprise> leadingEnterprises, List<String> supportingPlatforms,
                              List<String> focusAreas, List<String> focusAreasEn) {
}
