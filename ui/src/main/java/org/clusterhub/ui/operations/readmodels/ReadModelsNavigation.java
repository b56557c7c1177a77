package org.clusterhub.ui.operations.readmodels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** Route of the read-model rebuilds (ADR 019): {@code admin/read-models}, for supervisors. */
public final class ReadModelsNavigation {

    public static final String ROUTE = "admin/read-models";

    private ReadModelsNavigation() {
    }

    public static SideNavItem menuItem(Component screen) {
        return new SideNavItem(screen.getTranslation("nav.readModels"), ROUTE, VaadinIcon.REFRESH.create());
    }
}
