package org.clusterhub.ui.project.replay;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The project replay's first address, kept for links and bookmarks: it forwards to the replay of any aggregate
 * ({@code supervision/replay/<id>}, ADR 017), which shows a project with this package's {@link ProjectStateSheet}.
 */
@Route(ProjectReplayNavigation.ROUTE)
@PermitAll
public class ProjectReplayView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("projectId").ifPresent(id -> event.forwardTo("supervision/replay/" + id));
    }
}
