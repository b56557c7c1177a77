package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.clusterhub.project.api.ProjectId;

/** Route of a project's page, the editor several people work in at once: {@code projects/<id>}. */
public final class ProjectDetailNavigation {

    public static final String ROUTE = "projects";

    private ProjectDetailNavigation() {
    }

    /** The address of one project, for links and {@code UI.navigate}. */
    public static String path(ProjectId projectId) {
        return ROUTE + "/" + projectId;
    }

    /** The address of one project opened on a tab ({@code overview}, {@code review}, {@code implementation}...). */
    public static Location location(ProjectId projectId, String tab) {
        return tab == null || "overview".equals(tab) ? new Location(path(projectId))
                : new Location(path(projectId), QueryParameters.of("tab", tab));
    }

    /** The address of the project's replay (package {@code project.replay}). */
    public static String replayPath(ProjectId projectId) {
        return path(projectId) + "/replay";
    }

    public static void open(ProjectId projectId) {
        UI.getCurrent().navigate(path(projectId));
    }

    public static void open(ProjectId projectId, String tab) {
        Location location = location(projectId, tab);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }
}
