package org.clusterhub.ui.supervision.grants;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The route of "my grants" (the grants a person may read, live) and its menu entry. */
public final class MyGrantsNavigation {

    public static final String ROUTE = "my-grants";

    private MyGrantsNavigation() {
    }

    public static SideNavItem menuItem(Component c) {
        return new SideNavItem(c.getTranslation("nav.myGrants"), ROUTE, VaadinIcon.MONEY.create());
    }
}
