package org.clusterhub.ui.supervision.evaluations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The evaluations list's route and its menu entry: {@code supervision/evaluations}. */
public final class EvaluationListNavigation {

    public static final String ROUTE = "supervision/evaluations";

    private EvaluationListNavigation() {
    }

    /** The menu entry; it stays highlighted on an evaluation's page too. */
    public static SideNavItem menuItem(Component c) {
        SideNavItem item = new SideNavItem(c.getTranslation("nav.evaluations"), ROUTE, VaadinIcon.STAR_HALF_LEFT_O
                .create());
        item.setMatchNested(true);
        return item;
    }
}
