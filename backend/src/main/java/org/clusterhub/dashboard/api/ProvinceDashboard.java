package org.clusterhub.dashboard.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.shared.City;

/**
 * The plan at a glance: the 2025 targets against where things stand, figures per cluster and per city, and
 * quarterly trends. Amounts in 万元.
 *
 * @param asOf null for live
 * @param eventsRead how many stored events the answer folded (for a live answer: since the last one)
 */
public record ProvinceDashboard(Instant asOf, Instant computedAt, Targets targets, List<ClusterFigures> clusters,
                                List<CityFigures> cities, List<QuarterTrend> trends, long eventsRead) {

    /** The plan's 2025 targets (≥6 national clusters, ≥10 nationally leading provincial clusters, ≥3 zones). */
    public record Targets(Target nationalClusters, Target nationallyLeadingClusters, Target nationalZones) {
    }

    public record Target(int goal, int reached) {
        public boolean met() {
            return reached >= goal;
        }
    }

    /** One cluster (retired ones are left out). {@code projectsByStatus} counts the library's projects. */
    public record ClusterFigures(String clusterId, Integer planNumber, String nameZh, String nameEn,
                                 ClusterLevel level, boolean nationallyLeading, List<City> centerCities,
                                 Map<ProjectStatus, Long> projectsByStatus, long projects, BigDecimal approvedBudget,
                                 BigDecimal provincialSubsidy, BigDecimal subsidyGranted, BigDecimal subsidyPaid,
                                 long consortia, long consortiaFounded, long challenges, long challengesResolved,
                                 long activities) {
    }

    /** One of the 16 cities; a project counts for its center city and its participants' cities. */
    public record CityFigures(City city, Map<ProjectStatus, Long> projectsByStatus, long projects,
                              BigDecimal approvedBudget, BigDecimal provincialSubsidy, BigDecimal subsidyGranted,
                              BigDecimal subsidyPaid, long activities, long clusters, boolean nationalZone,
                              long activityScore) {
    }

    /** What happened in one quarter (Asia/Shanghai). */
    public record QuarterTrend(int year, int quarter, long projectsApproved, long consortiaFounded,
                               long challengesResolved, long activitiesPublished, BigDecimal subsidyPaid) {
        public String label() {
            return year + "Q" + quarter;
        }
    }
}
