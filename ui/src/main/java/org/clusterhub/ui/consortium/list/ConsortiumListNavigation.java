package org.clusterhub.ui.consortium.list;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The consortium list's route and its menu entry, for the main layout and links from other screens. */
public final class ConsortiumListNavigation {

    public static final String ROUTE = "consortia";

    private ConsortiumListNavigation() {
    }

    /** The menu entry; it stays highlighted on a consortium's page too. */
    public static SideNavItem menuItem(String label) {
        SideNavItem item = new SideNavItem(label, ROUTE, VaadinIcon.CONNECT_O.create());
        item.setMatchNested(true);
        return item;
    }
}
