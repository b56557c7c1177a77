package org.clusterhub.ui.project.library;

import com.vaadin.flow.router.QueryParameters;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectFilter;

/** Routes of the project library (大项目库), for links from other screens. */
public final class ProjectLibraryNavigation {

    public static final String ROUTE = "projects";

    private ProjectLibraryNavigation() {
    }

    /** The library filtered as given, e.g. {@code projects?cluster=<id>&status=IN_PROGRESS}, for an anchor's href. */
    public static String location(ProjectFilter filter) {
        return LibraryRequest.of(filter).location();
    }

    /** For {@code ui.navigate(ROUTE, parameters(filter))}: {@code UI.navigate(String)} takes no query string. */
    public static QueryParameters parameters(ProjectFilter filter) {
        return LibraryRequest.of(filter).toParameters();
    }

    /** The library filtered as given, as it stood at the end of {@code asOf} (live when null). */
    public static String location(ProjectFilter filter, java.time.LocalDate asOf) {
        return LibraryRequest.of(filter).withAsOf(asOf).location();
    }

    /** One cluster's projects, e.g. for a link on the cluster's page. */
    public static String forCluster(ClusterId clusterId) {
        ProjectFilter none = ProjectFilter.none();
        return location(new ProjectFilter(clusterId, none.kind(), none.libraryState(), none.status(), none.city(),
                none.year(), none.minFunding(), none.maxFunding(), false, null));
    }
}
