package org.clusterhub.project.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of the project library (大项目库): only what the library filters, sorts, sums and lists. Kept lean on
 * purpose: the embedded MongoDB scans every document of a filtered query (it ignores non-unique indexes), so the
 * cost of a library page grows with the size of these rows. The indexes are for a real MongoDB: the scopes
 * (cluster, city, organization) and the usual filters, each with the default order (last changed first).
 *
 * <p>Amounts are whole hundredths of 万元 (i.e. yuan x 100) as {@code long}, so that MongoDB can sum and compare them;
 * the API's amounts are {@link BigDecimal} with two decimals.
 */
@Document("project_library")
@CompoundIndex(name = "cluster_recent", def = "{'clusterId': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "cities_recent", def = "{'cities': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "organizations_recent", def = "{'organizations': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "status_recent", def = "{'status': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "library_recent", def = "{'libraryState': 1, 'lastChangedAt': -1}")
class ProjectLibraryDocument {
    @Id
    String id;
    long version;
    String clusterId;
    ProjectKind kind;
    ProjectStatus status;
    /** The lifecycle order of {@link #status}, for sorting by status. */
    int statusOrder;
    LibraryState libraryState;
    String title;
    String leadOrganization;
    /** The center city, shown in the list. */
    City city;
    /** The center city and every participant's city: the city filter and a coordinator's scope. */
    List<City> cities = new ArrayList<>();
    /** Participating organizations: a member's or expert's scope. */
    List<String> organizations = new ArrayList<>();
    int startYear;
    int endYear;
    long requested;
    Long approved;
    Long subsidy;
    long spent;
    /** The approved budget, or the requested one before approval: the funding range filter and sort. */
    @Indexed
    long funding;
    boolean overdue;
    /** Lower-case title, person in charge and participants, for the text filter. */
    String search;
    @Indexed
    Instant lastChangedAt;

    static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    static Long centsOrNull(BigDecimal amount) {
        return amount == null ? null : cents(amount);
    }

    static BigDecimal money(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }
}
