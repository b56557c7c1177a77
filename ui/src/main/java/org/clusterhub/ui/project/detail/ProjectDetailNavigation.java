package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.UI;
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

    public static void open(ProjectId projectId) {
        UI.getCurrent().navigate(path(projectId));
    }
}
