package org.clusterhub.ui.project.replay;

import org.clusterhub.project.api.ProjectId;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;

/** Route of a project's replay: {@code projects/<id>/replay}. */
public final class ProjectReplayNavigation {

    public static final String ROUTE = "projects/:projectId/replay";

    private ProjectReplayNavigation() {
    }

    public static String path(ProjectId projectId) {
        return ProjectDetailNavigation.replayPath(projectId);
    }
}
