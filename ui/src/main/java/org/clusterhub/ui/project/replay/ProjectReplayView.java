package org.clusterhub.ui.project.replay;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.clusterhub.project.api.CompareProjectVersionsQuery;
import org.clusterhub.project.api.FindProjectAsOfQuery;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.ProjectComparison;
import org.clusterhub.project.api.ProjectComparison.FieldChange;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.supervision.api.HistoryEntry;
import org.clusterhub.ui.history.EventDescriptions;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * A project's replay for supervisors (and, read-only, its cluster's promotion staff): the timeline of every stored
 * event, a slider and step buttons to any point, the project as it was then (rebuilt from its events up to that
 * point), and the differences to a point marked for comparison. The timeline filters by person, organization, city
 * and kind of event.
 */
@Route(ProjectReplayNavigation.ROUTE)
@PermitAll
public class ProjectReplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final Actor actor;
    private ProjectId projectId;
    private List<HistoryEntry> events = List.of();
    private final Grid<HistoryEntry> timeline = new Grid<>();
    private final RangeInput slider = new RangeInput();
    private final Span position = new Span();
    private final ProjectStateSheet sheet = new ProjectStateSheet();
    private final Grid<FieldChange> differences = new Grid<>();
    private final Paragraph comparing = new Paragraph();
    private final Select<String> person = filter("replay-filter-person", "replay.filter.person");
    private final Select<String> organization = filter("replay-filter-organization", "replay.filter.organization");
    private final Select<String> city = filter("replay-filter-city", "replay.filter.city");
    private final Select<String> kind = filter("replay-filter-kind", "replay.filter.kind");
    private long current;
    private Long marked;
    private String title = "";

    public ProjectReplayView(Queries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.actor = currentActor.require();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ProjectView> project = event.getRouteParameters().get("projectId").flatMap(ProjectReplayView::parse)
                .flatMap(id -> queries.optional(new FindProjectQuery(id), ProjectView.class))
                .filter(p -> actor.isSupervisor() || actor.isStaffOf(p.clusterId().toString()));
        if (project.isEmpty()) {
            Paragraph notFound = new Paragraph(getTranslation("replay.notFound"));
            notFound.setId("replay-not-found");
            add(notFound);
            return;
        }
        projectId = project.get().projectId();
        title = project.get().title();
        events = queries.one(new FindAggregateHistoryQuery(projectId.toString()), AggregateHistory.class).entries();
        build();
        moveTo(events.isEmpty() ? 0 : events.get(events.size() - 1).sequenceNumber());
    }

    private void build() {
        H2 heading = new H2(getTranslation("replay.title", title));
        heading.getStyle().set("margin", "0");
        Anchor back = new Anchor(ProjectDetailNavigation.path(projectId), getTranslation("replay.backToProject"));
        back.setId("replay-back");
        HorizontalLayout top = new HorizontalLayout(heading, back);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).sequenceNumber();
        slider.setId("replay-slider");
        slider.setMin(0);
        slider.setMax(last);
        slider.setStep(1.0);
        slider.setWidth("100%");
        slider.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                moveTo(Math.round(change.getValue()));
            }
        });
        Button first = step("replay-first", VaadinIcon.ANGLE_DOUBLE_LEFT, () -> 0L);
        Button previous = step("replay-previous", VaadinIcon.ANGLE_LEFT, () -> Math.max(0, current - 1));
        Button next = step("replay-next", VaadinIcon.ANGLE_RIGHT, () -> Math.min(last, current + 1));
        Button end = step("replay-last", VaadinIcon.ANGLE_DOUBLE_RIGHT, () -> last);
        Button mark = new Button(getTranslation("replay.mark"), click -> {
            marked = current;
            compare();
        });
        mark.setId("replay-mark");
        position.setId("replay-position");
        HorizontalLayout controls = new HorizontalLayout(first, previous, slider, next, end, position, mark);
        controls.setWidthFull();
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        controls.setFlexGrow(1, slider);

        timeline.setId("replay-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.addColumn(HistoryEntry::sequenceNumber).setHeader("#").setWidth("4rem").setFlexGrow(0);
        timeline.addColumn(e -> Texts.dateTime(this, e.timestamp())).setHeader(getTranslation("history.column.time"))
                .setWidth("10rem").setFlexGrow(0);
        timeline.addColumn(e -> EventDescriptions.title(this, e.eventType()))
                .setHeader(getTranslation("history.column.event"));
        timeline.addColumn(e -> EventDescriptions.summary(this, e.eventType(), e.payload()))
                .setHeader(getTranslation("history.column.details")).setFlexGrow(2);
        timeline.addColumn(e -> e.displayName() == null ? Objects.toString(e.username(), "") : e.displayName())
                .setHeader(getTranslation("history.column.who"));
        timeline.addColumn(e -> Objects.toString(e.organization(), ""))
                .setHeader(getTranslation("history.column.organization"));
        timeline.addColumn(HistoryEntry::correlationId).setHeader(getTranslation("history.column.correlation"))
                .setClassNameGenerator(e -> "mono");
        timeline.setPartNameGenerator(e -> e.sequenceNumber() == current ? "current" : null);
        timeline.addItemClickListener(click -> moveTo(click.getItem().sequenceNumber()));
        HorizontalLayout filters = new HorizontalLayout(person, organization, city, kind);
        VerticalLayout left = new VerticalLayout(filters, timeline);
        left.setPadding(false);
        left.setSizeFull();

        comparing.setId("replay-comparing");
        differences.setId("replay-differences");
        differences.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        differences.addColumn(FieldChange::path).setHeader(getTranslation("replay.column.field"))
                .setClassNameGenerator(c -> "mono");
        differences.addColumn(c -> Objects.toString(c.before(), "—")).setHeader(getTranslation("replay.column.before"))
                .setClassNameGenerator(c -> "removed");
        differences.addColumn(c -> Objects.toString(c.after(), "—")).setHeader(getTranslation("replay.column.after"))
                .setClassNameGenerator(c -> "added");
        differences.setAllRowsVisible(true);
        differences.setVisible(false);
        VerticalLayout right = new VerticalLayout(sheet, new H4(getTranslation("replay.differences")), comparing,
                differences);
        right.setPadding(false);
        SplitLayout split = new SplitLayout(left, right);
        split.setSizeFull();
        split.setSplitterPosition(45);
        add(top, controls, split);
        setFlexGrow(1, split);
        refilter();
    }

    private Button step(String id, VaadinIcon icon, java.util.function.LongSupplier target) {
        Button button = new Button(icon.create(), click -> moveTo(target.getAsLong()));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("replay.step." + id.substring("replay-".length())));
        return button;
    }

    /** Shows the project as it was right after event {@code sequence}: rebuilt from the stored events. */
    void moveTo(long sequence) {
        current = sequence;
        slider.setValue((double) sequence);
        Optional<ProjectView> then = queries.optional(new FindProjectAsOfQuery(projectId, sequence), ProjectView.class);
        then.ifPresent(sheet::show);
        HistoryEntry entry = events.stream().filter(e -> e.sequenceNumber() == sequence).findFirst().orElse(null);
        position.setText(entry == null ? "" : getTranslation("replay.position", sequence,
                Texts.dateTime(this, entry.timestamp())));
        timeline.getDataProvider().refreshAll();
        compare();
    }

    private void compare() {
        if (marked == null) {
            comparing.setText(getTranslation("replay.markHint"));
            differences.setVisible(false);
            return;
        }
        ProjectComparison comparison = queries.one(new CompareProjectVersionsQuery(projectId, marked, current),
                ProjectComparison.class);
        comparing.setText(getTranslation("replay.comparing", marked, current, comparison.changes().size()));
        differences.setItems(comparison.changes());
        differences.setVisible(!comparison.changes().isEmpty());
    }

    private Select<String> filter(String id, String labelKey) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("replay.filter.all"));
        select.addValueChangeListener(change -> refilter());
        select.setItemLabelGenerator(text -> text == null ? getTranslation("replay.filter.all")
                : "replay.filter.kind".equals(labelKey) ? EventDescriptions.title(this, text)
                : "replay.filter.city".equals(labelKey) ? Texts.city(this, org.clusterhub.shared.City.valueOf(text))
                : text);
        select.setItems(List.of());
        return select;
    }

    private void refilter() {
        fill(person, HistoryEntry::username);
        fill(organization, HistoryEntry::organization);
        fill(city, HistoryEntry::city);
        fill(kind, HistoryEntry::eventType);
        timeline.setItems(events.stream()
                .filter(e -> matches(person, e.username()) && matches(organization, e.organization())
                        && matches(city, e.city()) && matches(kind, e.eventType()))
                .toList());
    }

    private void fill(Select<String> select, Function<HistoryEntry, String> value) {
        if (select.getListDataView().getItemCount() == 0) {
            select.setItems(events.stream().map(value).filter(Objects::nonNull).distinct().sorted().toList());
        }
    }

    private static boolean matches(Select<String> select, String value) {
        return select.getValue() == null || select.getValue().equals(value);
    }

    private static Optional<ProjectId> parse(String text) {
        try {
            return Optional.of(ProjectId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replay.title", title) + " · ClusterHub";
    }
}
