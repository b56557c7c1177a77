package org.clusterhub.ui.supervision.programmes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The route of the funding programmes (奖补资金) and its menu entry, highlighted on a programme's page too. */
public final class FundingProgrammesNavigation {

    public static final String ROUTE = "subsidies";

    private FundingProgrammesNavigation() {
    }

    public static SideNavItem menuItem(Component c) {
        SideNavItem item = new SideNavItem(c.getTranslation("nav.subsidies"), ROUTE, VaadinIcon.MONEY.create());
        item.setMatchNested(true);
        return item;
    }
}
