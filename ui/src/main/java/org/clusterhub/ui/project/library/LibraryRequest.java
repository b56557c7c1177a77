package org.clusterhub.ui.project.library;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.shared.City;

/**
 * What the library shows: filter and sort, written to and read from the URL's query parameters so that a filtered
 * library can be bookmarked and shared. Unknown or malformed parameters are ignored rather than refused: a link
 * pasted from an older version still opens the library.
 */
record LibraryRequest(ProjectFilter filter, ProjectSort sort, boolean descending, LocalDate asOf) {

    static final ProjectSort DEFAULT_SORT = ProjectSort.LAST_CHANGED;

    static LibraryRequest initial() {
        return new LibraryRequest(ProjectFilter.none(), DEFAULT_SORT, true, null);
    }

    static LibraryRequest of(ProjectFilter filter) {
        return new LibraryRequest(filter, DEFAULT_SORT, true, null);
    }

    LibraryRequest withFilter(ProjectFilter changed) {
        return new LibraryRequest(changed, sort, descending, asOf);
    }

    LibraryRequest withSort(ProjectSort changedSort, boolean changedDescending) {
        return new LibraryRequest(filter, changedSort, changedDescending, asOf);
    }

    /** The library as it stood at the end of {@code day} (Asia/Shanghai), or live when null. */
    LibraryRequest withAsOf(LocalDate day) {
        return new LibraryRequest(filter, sort, descending, day);
    }

    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "cluster", filter.clusterId());
        put(values, "kind", filter.kind());
        put(values, "library", filter.libraryState());
        put(values, "status", filter.status());
        put(values, "city", filter.city());
        put(values, "year", filter.year());
        put(values, "min", filter.minFunding() == null ? null : filter.minFunding().toPlainString());
        put(values, "max", filter.maxFunding() == null ? null : filter.maxFunding().toPlainString());
        if (filter.overdueOnly()) {
            values.put("overdue", "true");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            values.put("q", filter.text().strip());
        }
        if (sort != DEFAULT_SORT || !descending) {
            values.put("sort", sort.name());
            values.put("desc", Boolean.toString(descending));
        }
        put(values, "asOf", asOf);
        return QueryParameters.simple(values);
    }

    /** The location to open this library view, e.g. {@code projects?kind=PUBLIC_ENTITY&year=2026}. */
    String location() {
        String query = toParameters().getQueryString();
        return ProjectLibraryNavigation.ROUTE + (query.isEmpty() ? "" : "?" + query);
    }

    static LibraryRequest from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        ProjectFilter filter = new ProjectFilter(
                read(values, "cluster", ClusterId::of).orElse(null),
                read(values, "kind", ProjectKind::valueOf).orElse(null),
                read(values, "library", LibraryState::valueOf).orElse(null),
                read(values, "status", ProjectStatus::valueOf).orElse(null),
                read(values, "city", City::valueOf).orElse(null),
                read(values, "year", Integer::valueOf).orElse(null),
                read(values, "min", BigDecimal::new).orElse(null),
                read(values, "max", BigDecimal::new).orElse(null),
                read(values, "overdue", Boolean::parseBoolean).orElse(false),
                read(values, "q", text -> text.isBlank() ? null : text.strip()).orElse(null));
        ProjectSort sort = read(values, "sort", ProjectSort::valueOf).orElse(DEFAULT_SORT);
        boolean descending = read(values, "desc", Boolean::parseBoolean).orElse(true);
        LocalDate asOf = read(values, "asOf", LocalDate::parse).orElse(null);
        return new LibraryRequest(filter, sort, descending, asOf);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static <T> Optional<T> read(Map<String, List<String>> values, String name, Function<String, T> parse) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty() || given.get(0) == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse.apply(given.get(0)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
