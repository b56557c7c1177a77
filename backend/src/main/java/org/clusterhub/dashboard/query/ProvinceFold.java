package org.clusterhub.dashboard.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.clusterhub.activity.api.ActivityCancelledEvent;
import org.clusterhub.activity.api.ActivityPlannedEvent;
import org.clusterhub.activity.api.ActivityPublishedEvent;
import org.clusterhub.activity.api.ActivityRevisedEvent;
import org.clusterhub.challenge.api.ChallengeCancelledEvent;
import org.clusterhub.challenge.api.ChallengeDecisionPublishedEvent;
import org.clusterhub.challenge.api.ChallengePostedEvent;
import org.clusterhub.cluster.api.ClusterAssessedNationallyLeadingEvent;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.ClusterLevelChangedEvent;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.ClusterRetiredEvent;
import org.clusterhub.cluster.api.NationallyLeadingAssessmentWithdrawnEvent;
import org.clusterhub.consortium.api.ConsortiumDissolvedEvent;
import org.clusterhub.consortium.api.ConsortiumProposedEvent;
import org.clusterhub.consortium.api.FoundingAgreementSignedEvent;
import org.clusterhub.dashboard.api.ProvinceDashboard.QuarterTrend;
import org.clusterhub.project.api.ProjectApprovedEvent;
import org.clusterhub.shared.AsOfDay;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.GrantAwardedEvent;
import org.clusterhub.subsidy.api.GrantRevisedEvent;
import org.clusterhub.subsidy.api.GrantWithdrawnEvent;
import org.clusterhub.subsidy.api.TranchePaidEvent;
import org.clusterhub.zone.api.ZoneCreatedNationallyEvent;
import org.clusterhub.zone.api.ZoneRegisteredEvent;

/**
 * The dashboard's figures other than the project library's, folded from the events of every context in their stored
 * order (ADR 016): clusters and their level and 国内领先 assessment, zones created nationally, consortia, challenges,
 * activities, subsidy granted and paid, and what happened per quarter. A plain object: the live dashboard keeps one
 * and feeds it each new event; an "as of" answer folds a fresh one up to its instant. Same handlers both ways.
 */
class ProvinceFold {

    static final class ClusterState {
        String id;
        Integer planNumber;
        String nameZh;
        String nameEn;
        ClusterLevel level;
        boolean leading;
        boolean retired;
        List<City> centerCities = List.of();
        long consortia;
        long consortiaFounded;
        long challenges;
        long challengesResolved;
        long activities;
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
    }

    static final class CityState {
        long activities;
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        boolean nationalZone;
    }

    static final class Quarter {
        long approved;
        long founded;
        long resolved;
        long activities;
        BigDecimal paid = BigDecimal.ZERO;
    }

    private record Subject(String clusterId, City city) {
    }

    private static final class Consortium {
        String clusterId;
        boolean founded;
        boolean dissolved;
    }

    private static final class Challenge {
        String clusterId;
        boolean resolved;
        boolean cancelled;
    }

    private static final class Activity {
        String clusterId;
        City city;
        boolean published;
        boolean cancelled;
    }

    private static final class Grant {
        String clusterId;
        City city;
        BigDecimal amount = BigDecimal.ZERO;
    }

    final Map<String, ClusterState> clusters = new HashMap<>();
    final Map<City, CityState> cities = new EnumMap<>(City.class);
    final TreeMap<Integer, Quarter> quarters = new TreeMap<>();
    private final Map<String, City> zoneCities = new HashMap<>();
    private final Map<String, Consortium> consortia = new HashMap<>();
    private final Map<String, Challenge> challenges = new HashMap<>();
    private final Map<String, Activity> activities = new HashMap<>();
    private final Map<String, Grant> grants = new HashMap<>();
    final Map<String, Integer> nationalZones = new HashMap<>();

    ProvinceFold() {
        for (City city : City.values()) {
            cities.put(city, new CityState());
        }
    }

    // ---- clusters and zones ------------------------------------------------------------------------------------

    @EventHandler
    void on(ClusterRegisteredEvent event) {
        ClusterState c = clusters.computeIfAbsent(event.clusterId().toString(), id -> new ClusterState());
        c.id = event.clusterId().toString();
        c.planNumber = event.planNumber();
        c.nameZh = event.nameZh();
        c.nameEn = event.nameEn();
        c.level = event.level();
        c.centerCities = event.centerCities() == null ? List.of() : List.copyOf(event.centerCities());
    }

    @EventHandler
    void on(ClusterLevelChangedEvent event) {
        cluster(event.clusterId().toString()).level = event.level();
    }

    @EventHandler
    void on(ClusterAssessedNationallyLeadingEvent event) {
        cluster(event.clusterId().toString()).leading = true;
    }

    @EventHandler
    void on(NationallyLeadingAssessmentWithdrawnEvent event) {
        cluster(event.clusterId().toString()).leading = false;
    }

    @EventHandler
    void on(ClusterRetiredEvent event) {
        cluster(event.clusterId().toString()).retired = true;
    }

    @EventHandler
    void on(ZoneRegisteredEvent event) {
        zoneCities.put(event.zoneId().toString(), event.city());
    }

    @EventHandler
    void on(ZoneCreatedNationallyEvent event) {
        String id = event.zoneId().toString();
        nationalZones.put(id, 1);
        City city = zoneCities.get(id);
        if (city != null) {
            cities.get(city).nationalZone = true;
        }
    }

    // ---- projects (the library's figures come from the project context; this is the trend) --------------------

    @EventHandler
    void on(ProjectApprovedEvent event, @Timestamp Instant at) {
        quarter(at).approved++;
    }

    // ---- consortia ---------------------------------------------------------------------------------------------

    @EventHandler
    void on(ConsortiumProposedEvent event) {
        Consortium c = new Consortium();
        c.clusterId = event.clusterId().toString();
        consortia.put(event.consortiumId().toString(), c);
        cluster(c.clusterId).consortia++;
    }

    @EventHandler
    void on(FoundingAgreementSignedEvent event, @Timestamp Instant at) {
        Consortium c = consortia.get(event.consortiumId().toString());
        if (c == null || c.founded) {
            return;
        }
        c.founded = true;
        cluster(c.clusterId).consortiaFounded++;
        quarter(at).founded++;
    }

    @EventHandler
    void on(ConsortiumDissolvedEvent event) {
        Consortium c = consortia.get(event.consortiumId().toString());
        if (c == null || c.dissolved) {
            return;
        }
        c.dissolved = true;
        ClusterState cluster = cluster(c.clusterId);
        cluster.consortia--;
        if (c.founded) {
            cluster.consortiaFounded--;
        }
    }

    // ---- challenges --------------------------------------------------------------------------------------------

    @EventHandler
    void on(ChallengePostedEvent event) {
        if (challenges.containsKey(event.challengeId().toString())) {
            return;
        }
        Challenge c = new Challenge();
        c.clusterId = event.clusterId().toString();
        challenges.put(event.challengeId().toString(), c);
        cluster(c.clusterId).challenges++;
    }

    @EventHandler
    void on(ChallengeDecisionPublishedEvent event, @Timestamp Instant at) {
        Challenge c = challenges.get(event.challengeId().toString());
        if (c == null || c.resolved) {
            return;
        }
        c.resolved = true;
        cluster(c.clusterId).challengesResolved++;
        quarter(at).resolved++;
    }

    @EventHandler
    void on(ChallengeCancelledEvent event) {
        Challenge c = challenges.get(event.challengeId().toString());
        if (c == null || c.cancelled) {
            return;
        }
        c.cancelled = true;
        cluster(c.clusterId).challenges--;
    }

    // ---- activities (events held: published and not cancelled) ------------------------------------------------

    @EventHandler
    void on(ActivityPlannedEvent event) {
        Activity a = new Activity();
        a.clusterId = event.clusterId() == null ? null : event.clusterId().toString();
        a.city = event.city();
        activities.put(event.activityId().toString(), a);
    }

    @EventHandler
    void on(ActivityRevisedEvent event) {
        Activity a = activities.get(event.activityId().toString());
        if (a == null || event.city() == a.city) {
            return;
        }
        if (a.published && !a.cancelled) {
            countActivity(a, -1);
            a.city = event.city();
            countActivity(a, 1);
        } else {
            a.city = event.city();
        }
    }

    @EventHandler
    void on(ActivityPublishedEvent event, @Timestamp Instant at) {
        Activity a = activities.get(event.activityId().toString());
        if (a == null || a.published) {
            return;
        }
        a.published = true;
        countActivity(a, 1);
        quarter(at).activities++;
    }

    @EventHandler
    void on(ActivityCancelledEvent event) {
        Activity a = activities.get(event.activityId().toString());
        if (a == null || a.cancelled) {
            return;
        }
        a.cancelled = true;
        if (a.published) {
            countActivity(a, -1);
        }
    }

    private void countActivity(Activity a, int by) {
        if (a.clusterId != null) {
            cluster(a.clusterId).activities += by;
        }
        if (a.city != null) {
            cities.get(a.city).activities += by;
        }
    }

    // ---- subsidy (万元) -------------------------------------------------------------------------------------------

    @EventHandler
    void on(GrantAwardedEvent event) {
        Grant g = new Grant();
        g.clusterId = event.clusterId() == null ? null : event.clusterId().toString();
        g.city = event.city();
        grants.put(event.grantId().toString(), g);
        grant(g, event.amount());
    }

    @EventHandler
    void on(GrantRevisedEvent event) {
        Grant g = grants.get(event.grantId().toString());
        if (g != null) {
            grant(g, event.amount().subtract(g.amount));
        }
    }

    /** The unpaid part goes back to the budget: what stays granted is what was paid. */
    @EventHandler
    void on(GrantWithdrawnEvent event) {
        Grant g = grants.get(event.grantId().toString());
        if (g != null && event.released() != null) {
            grant(g, event.released().negate());
        }
    }

    @EventHandler
    void on(TranchePaidEvent event) {
        if (event.clusterId() != null) {
            ClusterState c = cluster(event.clusterId().toString());
            c.paid = c.paid.add(event.amount());
        }
        if (event.city() != null) {
            CityState c = cities.get(event.city());
            c.paid = c.paid.add(event.amount());
        }
        Quarter q = quarter(event.paidOn());
        q.paid = q.paid.add(event.amount());
    }

    private void grant(Grant g, BigDecimal delta) {
        g.amount = g.amount.add(delta);
        if (g.clusterId != null) {
            ClusterState c = cluster(g.clusterId);
            c.granted = c.granted.add(delta);
        }
        if (g.city != null) {
            CityState c = cities.get(g.city);
            c.granted = c.granted.add(delta);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private ClusterState cluster(String id) {
        return clusters.computeIfAbsent(id, key -> {
            ClusterState c = new ClusterState();
            c.id = key;
            return c;
        });
    }

    private Quarter quarter(Instant at) {
        return quarter(LocalDate.ofInstant(at, AsOfDay.SHANGHAI));
    }

    private Quarter quarter(LocalDate day) {
        return quarters.computeIfAbsent(day.getYear() * 10 + (day.getMonthValue() - 1) / 3 + 1,
                key -> new Quarter());
    }

    List<QuarterTrend> trends() {
        List<QuarterTrend> trends = new ArrayList<>();
        if (quarters.isEmpty()) {
            return trends;
        }
        // Every quarter from the first to the last, quiet ones included, so that the chart's axis is time.
        int first = quarters.firstKey();
        int last = quarters.lastKey();
        for (int key = first; key <= last; key = key % 10 == 4 ? (key / 10 + 1) * 10 + 1 : key + 1) {
            Quarter q = quarters.getOrDefault(key, new Quarter());
            trends.add(new QuarterTrend(key / 10, key % 10, q.approved, q.founded, q.resolved, q.activities,
                    q.paid));
        }
        return trends;
    }
}
