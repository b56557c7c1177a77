package org.clusterhub.dashboard.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.dashboard.api.FindProvinceDashboardQuery;
import org.clusterhub.dashboard.api.ProvinceDashboard;
import org.clusterhub.dashboard.api.ProvinceDashboard.CityFigures;
import org.clusterhub.dashboard.api.ProvinceDashboard.ClusterFigures;
import org.clusterhub.dashboard.api.ProvinceDashboard.Target;
import org.clusterhub.dashboard.api.ProvinceDashboard.Targets;
import org.clusterhub.project.api.FindProjectStatisticsQuery;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectStatistics;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.shared.City;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers the province dashboard (ADR 016). The project figures are the project library's own counts (asked of the
 * project context, live or as of the instant); everything else is a {@link ProvinceFold} over the event store. Live:
 * one fold kept on this node and moved forward by the events stored since the last answer (one short read). As of an
 * instant: a fresh fold over the store in one streamed pass, each aggregate's events up to its first one stored after
 * the instant (as the project library's past is rebuilt).
 */
@Component
class ProvinceDashboardQueries {

    static final int NATIONAL_CLUSTERS_GOAL = 6;
    static final int LEADING_CLUSTERS_GOAL = 10;
    static final int NATIONAL_ZONES_GOAL = 3;

    private final EventStorageEngine storage;
    private final QueryGateway queries;
    private final ProvinceFold live = new ProvinceFold();
    private final AnnotationEventHandlerAdapter liveHandlers = new AnnotationEventHandlerAdapter(live);
    private TrackingToken liveToken;

    ProvinceDashboardQueries(EventStorageEngine storage, @Lazy QueryGateway queries) {
        this.storage = storage;
        this.queries = queries;
    }

    @QueryHandler
    ProvinceDashboard handle(FindProvinceDashboardQuery query) {
        ProjectStatistics projects = queries.query(new FindProjectStatisticsQuery(
                        new ProjectScope(true, Set.of(), null, null), query.asOf()),
                ResponseTypes.instanceOf(ProjectStatistics.class)).join();
        if (query.asOf() == null) {
            synchronized (live) {
                long read = advanceLive();
                return view(live, projects, null, read);
            }
        }
        ProvinceFold fold = new ProvinceFold();
        long read = foldUntil(fold, query.asOf());
        return view(fold, projects, query.asOf(), read);
    }

    private long advanceLive() {
        long[] read = {0};
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(liveToken, false)) {
            events.forEach(event -> {
                apply(liveHandlers, event);
                liveToken = event.trackingToken();
                read[0]++;
            });
        }
        return read[0];
    }

    private long foldUntil(ProvinceFold fold, Instant asOf) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(fold);
        Set<String> cut = new HashSet<>();
        long[] read = {0};
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                read[0]++;
                if (!handlers.canHandle(event)) {
                    return;
                }
                String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                        : null;
                if (aggregate != null && cut.contains(aggregate)) {
                    return;
                }
                if (event.getTimestamp().isAfter(asOf)) {
                    if (aggregate != null) {
                        cut.add(aggregate);
                    }
                    return;
                }
                apply(handlers, event);
            });
        }
        return read[0];
    }

    private static void apply(AnnotationEventHandlerAdapter handlers, EventMessage<?> event) {
        if (!handlers.canHandle(event)) {
            return;
        }
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("cannot fold event " + event.getIdentifier(), e);
        }
    }

    private static ProvinceDashboard view(ProvinceFold fold, ProjectStatistics projects, Instant asOf, long read) {
        Map<String, Map<ProjectStatus, Long>> clusterStatus = new HashMap<>();
        Map<String, BigDecimal[]> clusterMoney = new HashMap<>();
        for (ProjectStatistics.ClusterCount count : projects.byCluster()) {
            clusterStatus.computeIfAbsent(count.clusterId(), k -> new EnumMap<>(ProjectStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
            add(clusterMoney.computeIfAbsent(count.clusterId(), k -> zeros()), count.approvedBudget(),
                    count.provincialSubsidy());
        }
        Map<City, Map<ProjectStatus, Long>> cityStatus = new EnumMap<>(City.class);
        Map<City, BigDecimal[]> cityMoney = new EnumMap<>(City.class);
        for (ProjectStatistics.CityCount count : projects.byCity()) {
            cityStatus.computeIfAbsent(count.city(), k -> new EnumMap<>(ProjectStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
            add(cityMoney.computeIfAbsent(count.city(), k -> zeros()), count.approvedBudget(),
                    count.provincialSubsidy());
        }

        List<ClusterFigures> clusters = new ArrayList<>();
        int national = 0;
        int leading = 0;
        for (ProvinceFold.ClusterState c : fold.clusters.values()) {
            if (c.retired || c.nameZh == null) {
                continue;
            }
            if (c.level == ClusterLevel.NATIONAL) {
                national++;
            } else if (c.leading) {
                leading++;
            }
            Map<ProjectStatus, Long> byStatus = clusterStatus.getOrDefault(c.id, Map.of());
            BigDecimal[] money = clusterMoney.getOrDefault(c.id, zeros());
            clusters.add(new ClusterFigures(c.id, c.planNumber, c.nameZh, c.nameEn, c.level,
                    c.leading && c.level != ClusterLevel.NATIONAL, c.centerCities, new EnumMap<>(withAll(byStatus)),
                    total(byStatus), money[0], money[1], c.granted, c.paid, c.consortia, c.consortiaFounded,
                    c.challenges, c.challengesResolved, c.activities));
        }
        clusters.sort(Comparator.comparing((ClusterFigures c) -> c.planNumber() == null ? Integer.MAX_VALUE
                : c.planNumber()).thenComparing(ClusterFigures::nameZh));

        List<CityFigures> cities = new ArrayList<>();
        for (City city : City.values()) {
            ProvinceFold.CityState state = fold.cities.get(city);
            Map<ProjectStatus, Long> byStatus = cityStatus.getOrDefault(city, Map.of());
            BigDecimal[] money = cityMoney.getOrDefault(city, zeros());
            long centered = clusters.stream().filter(c -> c.centerCities().contains(city)).count();
            long projectCount = total(byStatus);
            cities.add(new CityFigures(city, new EnumMap<>(withAll(byStatus)), projectCount, money[0], money[1],
                    state.granted, state.paid, state.activities, centered, state.nationalZone,
                    projectCount + state.activities));
        }
        Targets targets = new Targets(new Target(NATIONAL_CLUSTERS_GOAL, national),
                new Target(LEADING_CLUSTERS_GOAL, leading),
                new Target(NATIONAL_ZONES_GOAL, fold.nationalZones.size()));
        return new ProvinceDashboard(asOf, GenericEventMessage.clock.instant(), targets, clusters, cities,
                fold.trends(), read);
    }

    private static Map<ProjectStatus, Long> withAll(Map<ProjectStatus, Long> counts) {
        Map<ProjectStatus, Long> all = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        return all;
    }

    private static long total(Map<ProjectStatus, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
    }

    private static void add(BigDecimal[] sums, BigDecimal approved, BigDecimal subsidy) {
        sums[0] = sums[0].add(approved);
        sums[1] = sums[1].add(subsidy);
    }
}
