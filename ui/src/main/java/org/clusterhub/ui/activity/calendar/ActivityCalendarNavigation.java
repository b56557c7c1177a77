package org.clusterhub.ui.activity.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** Route of the calendar of all activities across clusters: {@code activities}. */
public final class ActivityCalendarNavigation {

    public static final String ROUTE = "activities";

    private ActivityCalendarNavigation() {
    }

    public static SideNavItem menuItem(Component translator) {
        return new SideNavItem(translator.getTranslation("nav.activities"), ROUTE, VaadinIcon.CALENDAR.create());
    }
}
