package org.clusterhub.ui.work;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import java.util.List;
import org.clusterhub.project.api.WorkItem;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "my work" page's route and its menu entry, which shows the number of open items and follows changes. */
public final class MyWorkNavigation {

    public static final String ROUTE = "my-work";
    private static final Logger log = LoggerFactory.getLogger(MyWorkNavigation.class);

    private MyWorkNavigation() {
    }

    /**
     * The menu entry with a count badge (red when something is overdue), refreshed when projects change while the
     * menu is shown.
     */
    public static SideNavItem menuItem(Queries queries, LiveFeed liveFeed, Actor actor) {
        SideNavItem item = new SideNavItem("", ROUTE, VaadinIcon.TASKS.create());
        item.setLabel(item.getTranslation("nav.myWork"));
        item.setId("nav-my-work");
        Span badge = new Span();
        badge.setId("my-work-count");
        badge.setVisible(false);
        item.setSuffixComponent(badge);
        Runnable update = () -> show(badge, count(queries, actor));
        update.run();
        LiveRefresh.whileAttached(item, liveFeed, "Project", Duration.ofSeconds(1), WorkQueues.SETTLE, 
                batch -> WorkQueues.catchUp(queries, batch), update);
        return item;
    }

    private static List<WorkItem> count(Queries queries, Actor actor) {
        try {
            return WorkQueues.of(queries, actor);
        } catch (RuntimeException e) {
            // The badge is a hint on every page: a failing work query must not take the menu (and the page) down.
            log.warn("could not count the work items of {}: {}", actor.username(), e.toString());
            return null;
        }
    }

    private static void show(Span badge, List<WorkItem> items) {
        if (items == null || items.isEmpty()) {
            badge.setVisible(false);
            return;
        }
        badge.setText(Integer.toString(items.size()));
        badge.getElement().getThemeList().clear();
        boolean overdue = items.stream().anyMatch(WorkItem::overdue);
        badge.getElement().getThemeList().add("badge pill small " + (overdue ? "error primary" : "contrast"));
        badge.getElement().setAttribute("title", badge.getTranslation(overdue ? "work.badge.overdue"
                : "work.badge.open", items.size()));
        badge.setVisible(true);
    }
}
