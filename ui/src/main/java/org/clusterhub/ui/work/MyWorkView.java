package org.clusterhub.ui.work;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.project.api.WorkItem;
import org.clusterhub.project.api.WorkKind;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;
import org.clusterhub.ui.support.Texts;

/**
 * The signed-in person's open work: projects waiting for their review or decision, milestones to report,
 * objections to answer, change requests to decide. Most urgent first (overdue, then by due date), filterable by
 * kind, each row opening its project; refreshed when any project changes.
 */
@Route(MyWorkNavigation.ROUTE)
@PermitAll
@StyleSheet("context://styles/project-lists.css")
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    private final Queries queries;
    private final Actor actor;
    private final Grid<WorkItem> grid = new Grid<>();
    private final Select<WorkKind> kind = new Select<>();
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph();
    private List<WorkItem> items = List.of();

    public MyWorkView(Queries queries, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.actor = currentActor.require();
        setSizeFull();
        addClassName("my-work");

        kind.setEmptySelectionAllowed(true);
        kind.setItems(WorkKind.values());
        kind.setId("work-kind-filter");
        kind.addValueChangeListener(change -> show());
        summary.setId("work-summary");
        empty.setId("work-empty");
        empty.setText(getTranslation("work.empty"));
        empty.addClassName("current-user");

        grid.setId("work-grid");
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("work.column.kind"))
                .setComparator(Comparator.comparing(item -> kindLabel(item.kind())))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(WorkItem::projectTitle).setHeader(getTranslation("work.column.project"))
                .setComparator(Comparator.comparing(WorkItem::projectTitle, Comparator.nullsLast(
                        Comparator.naturalOrder())))
                .setFlexGrow(3);
        grid.addColumn(this::subject)
                .setHeader(getTranslation("work.column.subject")).setFlexGrow(2);
        grid.addComponentColumn(this::due).setHeader(getTranslation("work.column.due"))
                .setComparator(WorkQueues.URGENCY).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(item -> Texts.dateTime(this, item.since())).setHeader(getTranslation("work.column.since"))
                .setComparator(Comparator.comparing(WorkItem::since, Comparator.nullsLast(
                        Comparator.naturalOrder())))
                .setWidth("12rem").setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.overdue() ? "overdue" : null);
        grid.addItemClickListener(click -> ProjectDetailNavigation.open(click.getItem().projectId(),
                tabFor(click.getItem().kind())));

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("work.title")), summary);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, kind, empty, grid);
        setFlexGrow(1, grid);
        reload();
        LiveRefresh.whileAttached(this, liveFeed, "Project", Duration.ofMillis(500), WorkQueues.SETTLE,
                batch -> WorkQueues.catchUp(queries, batch), this::reload);
    }

    private void reload() {
        items = WorkQueues.of(queries, actor);
        Map<WorkKind, Long> perKind = new EnumMap<>(WorkKind.class);
        items.forEach(item -> perKind.merge(item.kind(), 1L, Long::sum));
        WorkKind chosen = kind.getValue();
        // Offer only the kinds this person has now, each with its count.
        kind.setItems(perKind.keySet().stream().toList());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("work.filter.all", items.size())
                : getTranslation("work.filter.kind", kindLabel(k), perKind.get(k)));
        kind.setEmptySelectionCaption(getTranslation("work.filter.all", items.size()));
        kind.setValue(chosen != null && perKind.containsKey(chosen) ? chosen : null);
        long overdue = items.stream().filter(WorkItem::overdue).count();
        summary.setText(getTranslation("work.summary", items.size(), overdue));
        summary.setVisible(!items.isEmpty());
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(overdue > 0 ? "badge error" : "badge contrast");
        show();
    }

    private void show() {
        WorkKind chosen = kind.getValue();
        List<WorkItem> shown = chosen == null ? items : items.stream().filter(i -> i.kind() == chosen).toList();
        grid.setItems(shown);
        empty.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
        kind.setVisible(!items.isEmpty());
    }

    private Span kindBadge(WorkItem item) {
        Span badge = new Span(kindLabel(item.kind()));
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private Span due(WorkItem item) {
        Span due = new Span(item.due() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(item.due()));
        if (item.overdue()) {
            due.setText(due.getText() + " · " + getTranslation("work.overdue"));
            due.getElement().getThemeList().add("badge error");
        } else if (item.due() != null && !item.due().isAfter(LocalDate.now(Texts.SHANGHAI).plusDays(3))) {
            // Due within three days: a hint before it turns red.
            due.getElement().getThemeList().add("badge");
        }
        return due;
    }

    private String kindLabel(WorkKind workKind) {
        return getTranslation("work.kind." + workKind.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work.title") + " · ClusterHub";
    }

    /** A change request to decide names what it would change, in the reader's language, before its reason. */
    private String subject(WorkItem item) {
        String subject = item.subject() == null ? "" : item.subject();
        return item.changeKind() == null ? subject
                : getTranslation("project.change." + item.changeKind().name()) + "：" + subject;
    }

    /** The project tab where this kind of work is done; the action bar above the tabs serves the rest. */
    private static String tabFor(WorkKind kind) {
        return switch (kind) {
            case DECLARE_CONFLICT, SCORE, ANSWER_OBJECTION, REVISE -> "review";
            case REPORT_MILESTONE, DECIDE_CHANGE -> "implementation";
            default -> null;
        };
    }
}
