package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.shared.City;

/**
 * Projects by cluster and status, and by city and status. A project counts for every city of the library's city
 * filter (its center city and its participants' cities), so that each figure equals the count of the library filtered
 * the same way. Amounts in 万元: the approved budget and the provincial subsidy, as the library sums them.
 */
public record ProjectStatistics(List<ClusterCount> byCluster, List<CityCount> byCity) {

    public record ClusterCount(String clusterId, ProjectStatus status, long count, BigDecimal approvedBudget,
                               BigDecimal provincialSubsidy) {
    }

    public record CityCount(City city, ProjectStatus status, long count, BigDecimal approvedBudget,
                            BigDecimal provincialSubsidy) {
    }
}
