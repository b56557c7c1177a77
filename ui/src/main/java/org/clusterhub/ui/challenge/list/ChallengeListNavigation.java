package org.clusterhub.ui.challenge.list;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** Route and menu entry of the challenge list: {@code challenges}. */
public final class ChallengeListNavigation {

    public static final String ROUTE = "challenges";

    private ChallengeListNavigation() {
    }

    /** The menu entry, labelled in the screen's language. */
    public static SideNavItem menuItem(com.vaadin.flow.component.Component translator) {
        SideNavItem item = new SideNavItem(translator.getTranslation("nav.challenges"), ROUTE,
                VaadinIcon.FLAG_CHECKERED.create());
        item.setMatchNested(true);
        return item;
    }
}
