package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.LeadingEnterprise;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ZoneKind;

/** The shape of {@code seed/plan-2021-2025.json}: the plan's 20 clusters and 6 zones. */
record PlanData(String source, List<PlanCluster> clusters, List<PlanZone> zones) {

    record PlanCluster(int number, String code, String nameZh, String nameEn, ClusterLevel level,
                       PromotionOrganization promotionOrganization, List<City> centerCities, List<City> keyCities,
                       List<City> radiatedCities, List<LeadingEnterprise> leadingEnterprises,
                       List<String> supportingPlatforms, List<String> focusAreas, List<String> focusAreasEn) {
    }

    record PlanZone(int number, String code, String nameZh, String nameEn, City city, ZoneKind kind, String aimsZh,
                    String aimsEn, List<String> keyTasks, List<PlanTarget> targets) {
    }

    record PlanTarget(String indicatorZh, String indicatorEn, String comparator, BigDecimal value, String unit,
                      Integer year) {
    }
}
