package org.clusterhub.project.query;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectStatistics;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.shared.City;
import org.clusterhub.shared.query.MemoryMongoTemplate;
import org.clusterhub.project.api.ProjectSummary;
import org.clusterhub.project.api.ProjectTotals;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationResults;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Library pages: the asker's scope and filter as one MongoDB criteria, the totals over everything it matches (one
 * {@code $match}/{@code $group} aggregation), and the requested page of lean rows.
 */
class ProjectLibraryQueries {

    private final MongoTemplate mongo;
    /** The in-memory store of a past library (ADR 016) has no aggregation or field projection: sum in Java. */
    private final boolean inMemory;

    ProjectLibraryQueries(MongoTemplate mongo) {
        this.mongo = mongo;
        this.inMemory = mongo instanceof MemoryMongoTemplate;
    }

    ProjectPage page(ProjectFilter filter, ProjectScope scope, ProjectSort sort, boolean descending, int offset,
                     int limit) {
        Criteria criteria = criteria(filter, scope);
        ProjectTotals totals = totals(criteria);
        if (totals.count() <= offset) {
            return new ProjectPage(List.of(), totals);
        }
        Query page = new Query(criteria)
                .with(Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, sortField(sort))
                        .and(Sort.by(Sort.Direction.ASC, "_id")))
                .skip(offset)
                .limit(limit);
        if (!inMemory) {
            // The rows' filter-only fields stay on the server.
            page.fields().exclude("search").exclude("cities").exclude("organizations");
        }
        List<ProjectLibraryDocument> rows = mongo.find(page, ProjectLibraryDocument.class);
        Map<String, String> names = clusterNames(rows.stream().map(row -> row.clusterId).distinct().toList());
        List<ProjectSummary> items = rows.stream()
                .map(row -> new ProjectSummary(ProjectId.of(row.id), ClusterId.of(row.clusterId),
                        names.get(row.clusterId), row.kind, row.title, row.leadOrganization, row.city, row.status,
                        row.libraryState, row.startYear, row.endYear, ProjectLibraryDocument.money(row.requested),
                        ProjectLibraryDocument.money(row.approved), ProjectLibraryDocument.money(row.subsidy),
                        ProjectLibraryDocument.money(row.spent), row.overdue, row.lastChangedAt, row.version))
                .toList();
        return new ProjectPage(items, totals);
    }

    /** Chinese names by cluster id, looked up by id (an index lookup even on the embedded server). */
    Map<String, String> clusterNames(Collection<String> clusterIds) {
        Map<String, String> names = new HashMap<>();
        if (clusterIds.isEmpty()) {
            return names;
        }
        mongo.find(query(where("_id").in(clusterIds)), ClusterNameDocument.class)
                .forEach(doc -> names.put(doc.id(), doc.nameZh()));
        return names;
    }

    static Criteria criteria(ProjectFilter filter, ProjectScope scope) {
        List<Criteria> all = new ArrayList<>();
        Criteria inScope = scope(scope);
        if (inScope != null) {
            all.add(inScope);
        }
        if (filter.clusterId() != null) {
            all.add(where("clusterId").is(filter.clusterId().toString()));
        }
        if (filter.kind() != null) {
            all.add(where("kind").is(filter.kind()));
        }
        if (filter.libraryState() != null) {
            all.add(where("libraryState").is(filter.libraryState()));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status()));
        }
        if (filter.city() != null) {
            all.add(where("cities").is(filter.city()));
        }
        if (filter.year() != null) {
            all.add(where("startYear").lte(filter.year()));
            all.add(where("endYear").gte(filter.year()));
        }
        if (filter.minFunding() != null) {
            all.add(where("funding").gte(ProjectLibraryDocument.cents(filter.minFunding())));
        }
        if (filter.maxFunding() != null) {
            all.add(where("funding").lte(ProjectLibraryDocument.cents(filter.maxFunding())));
        }
        if (filter.overdueOnly()) {
            all.add(where("overdue").is(true));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(where("search").regex(Pattern.quote(filter.text().strip().toLowerCase(Locale.ROOT))));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    /**
     * Supervisors see everything; promotion staff their clusters; a coordinator the projects centered in or taking
     * part from their city; members and experts the projects their organization takes part in. A scope naming
     * nothing sees nothing.
     */
    private static Criteria scope(ProjectScope scope) {
        if (scope == null) {
            return where("_id").in(List.of());
        }
        if (scope.everything()) {
            return null;
        }
        List<Criteria> any = new ArrayList<>();
        if (scope.clusterIds() != null && !scope.clusterIds().isEmpty()) {
            any.add(where("clusterId").in(scope.clusterIds()));
        }
        if (scope.city() != null) {
            any.add(where("cities").is(scope.city()));
        }
        if (scope.organization() != null && !scope.organization().isBlank()) {
            any.add(where("organizations").is(scope.organization()));
        }
        if (any.isEmpty()) {
            return where("_id").in(List.of());
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any.toArray(Criteria[]::new));
    }

    /** Counts and sums by cluster and status and by city and status, over the rows in {@code scope}. */
    ProjectStatistics statistics(ProjectScope scope) {
        Query rows = new Query(criteria(ProjectFilter.none(), scope));
        if (!inMemory) {
            rows.fields().include("clusterId").include("cities").include("status").include("approved")
                    .include("subsidy");
        }
        Map<List<Object>, long[]> byCluster = new TreeMap<>(KEY_ORDER);
        Map<List<Object>, long[]> byCity = new TreeMap<>(KEY_ORDER);
        for (ProjectLibraryDocument row : mongo.find(rows, ProjectLibraryDocument.class)) {
            add(byCluster.computeIfAbsent(List.of(row.clusterId, row.status), k -> new long[3]), row);
            for (City city : new LinkedHashSet<>(row.cities)) {
                add(byCity.computeIfAbsent(List.of(city, row.status), k -> new long[3]), row);
            }
        }
        List<ProjectStatistics.ClusterCount> clusters = new ArrayList<>();
        byCluster.forEach((key, sums) -> clusters.add(new ProjectStatistics.ClusterCount((String) key.get(0),
                (ProjectStatus) key.get(1), sums[0], BigDecimal.valueOf(sums[1], 2), BigDecimal.valueOf(sums[2], 2))));
        List<ProjectStatistics.CityCount> cities = new ArrayList<>();
        byCity.forEach((key, sums) -> cities.add(new ProjectStatistics.CityCount((City) key.get(0),
                (ProjectStatus) key.get(1), sums[0], BigDecimal.valueOf(sums[1], 2), BigDecimal.valueOf(sums[2], 2))));
        return new ProjectStatistics(clusters, cities);
    }

    private static final Comparator<List<Object>> KEY_ORDER = Comparator
            .<List<Object>, String>comparing(key -> String.valueOf(key.get(0)))
            .thenComparing(key -> ((ProjectStatus) key.get(1)).ordinal());

    private static void add(long[] sums, ProjectLibraryDocument row) {
        sums[0]++;
        sums[1] += row.approved == null ? 0 : row.approved;
        sums[2] += row.subsidy == null ? 0 : row.subsidy;
    }

    private ProjectTotals totals(Criteria criteria) {
        if (inMemory) {
            long count = 0;
            long approved = 0;
            long subsidy = 0;
            long spent = 0;
            for (ProjectLibraryDocument row : mongo.find(new Query(criteria), ProjectLibraryDocument.class)) {
                count++;
                approved += row.approved == null ? 0 : row.approved;
                subsidy += row.subsidy == null ? 0 : row.subsidy;
                spent += row.spent;
            }
            return new ProjectTotals(count, BigDecimal.valueOf(approved, 2), BigDecimal.valueOf(subsidy, 2),
                    BigDecimal.valueOf(spent, 2));
        }
        AggregationResults<Document> result = mongo.aggregate(newAggregation(match(criteria),
                        group().count().as("count").sum("approved").as("approved").sum("subsidy").as("subsidy")
                                .sum("spent").as("spent")),
                "project_library", Document.class);
        Document sums = result.getUniqueMappedResult();
        if (sums == null) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new ProjectTotals(0, zero, zero, zero);
        }
        return new ProjectTotals(number(sums, "count"), money(sums, "approved"), money(sums, "subsidy"),
                money(sums, "spent"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static BigDecimal money(Document doc, String field) {
        return BigDecimal.valueOf(number(doc, field), 2);
    }

    private static String sortField(ProjectSort sort) {
        return switch (sort) {
            case LAST_CHANGED -> "lastChangedAt";
            case TITLE -> "title";
            case FUNDING -> "funding";
            case START_YEAR -> "startYear";
            case STATUS -> "statusOrder";
        };
    }
}
