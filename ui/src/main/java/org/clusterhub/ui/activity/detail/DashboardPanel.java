package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.clusterhub.activity.api.ActivityView;

/**
 * The organizer's live view of the door: seats taken, checked in, attendance, waiting and pending, with a bar drawn
 * as inline SVG. Updated by the detail view on every event of the activity.
 */
final class DashboardPanel extends VerticalLayout {

    private final Span confirmed = figure("dashboard-confirmed");
    private final Span checkedIn = figure("dashboard-checked-in");
    private final Span attendance = figure("dashboard-attendance");
    private final Span waiting = figure("dashboard-waiting");
    private final Span pending = figure("dashboard-pending");
    private final Div bar = new Div();

    DashboardPanel() {
        setId("activity-dashboard");
        HorizontalLayout figures = new HorizontalLayout(
                tile("activity.dashboard.confirmed", confirmed), tile("activity.dashboard.checkedIn", checkedIn),
                tile("activity.dashboard.attendance", attendance), tile("activity.dashboard.waiting", waiting),
                tile("activity.dashboard.pending", pending));
        figures.setWrap(true);
        bar.setWidthFull();
        bar.setId("dashboard-bar");
        add(figures, bar);
    }

    private static Span figure(String id) {
        Span span = new Span("0");
        span.setId(id);
        span.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
        return span;
    }

    private VerticalLayout tile(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout tile = new VerticalLayout(label, value);
        tile.setSpacing(false);
        tile.setWidth(null);
        tile.setAlignItems(FlexComponent.Alignment.START);
        tile.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("min-width", "9rem");
        return tile;
    }

    void show(ActivityView activity) {
        confirmed.setText(activity.confirmed() + " / " + activity.capacity());
        checkedIn.setText(String.valueOf(activity.checkedIn()));
        attendance.setText(activity.confirmed() == 0 ? "—"
                : String.format(Locale.ROOT, "%.0f%%", 100.0 * activity.checkedIn() / activity.confirmed()));
        waiting.setText(String.valueOf(activity.waiting()));
        pending.setText(String.valueOf(activity.pending()));
        double seats = Math.max(1, activity.capacity());
        double taken = Math.min(1, (activity.confirmed() + activity.pending()) / seats);
        double arrived = Math.min(1, activity.checkedIn() / seats);
        String svg = String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='100%%' height='28'"
                        + " role='img' aria-label='%s'>"
                        + "<rect width='100%%' height='28' rx='6' fill='#e8ebef'/>"
                        + "<rect width='%.2f%%' height='28' rx='6' fill='#9fc3f5'/>"
                        + "<rect width='%.2f%%' height='28' rx='6' fill='#1676f3'/></svg>",
                getTranslation("activity.dashboard.barLabel", activity.checkedIn(), activity.confirmed(),
                        activity.capacity()), taken * 100, arrived * 100);
        bar.getElement().setProperty("innerHTML", svg);
    }
}
