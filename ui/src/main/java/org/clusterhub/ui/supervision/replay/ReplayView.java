package org.clusterhub.ui.supervision.replay;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.supervision.api.AccessLogId;
import org.clusterhub.supervision.api.CompareReplayPointsQuery;
import org.clusterhub.supervision.api.FindReplayAccessesQuery;
import org.clusterhub.supervision.api.FindReplayQuery;
import org.clusterhub.supervision.api.FindReplayStateQuery;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.supervision.api.ReplayAccessPage;
import org.clusterhub.supervision.api.ReplayAccessView;
import org.clusterhub.supervision.api.ReplayComparison;
import org.clusterhub.supervision.api.ReplayComparison.ReplayChange;
import org.clusterhub.supervision.api.ReplayEntry;
import org.clusterhub.supervision.api.ReplayReference;
import org.clusterhub.supervision.api.ReplayState;
import org.clusterhub.supervision.api.ReplayTimeline;
import org.clusterhub.supervision.api.VerifyHistoryQuery;
import org.clusterhub.supervision.export.ReplayExport;
import org.clusterhub.supervision.export.ReplayReport;
import org.clusterhub.supervision.export.ReplayWorkbook;
import org.clusterhub.ui.history.EventDescriptions;
import org.clusterhub.ui.project.replay.ProjectStateSheet;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.supervision.correlation.CorrelationNavigation;
import org.clusterhub.ui.supervision.provenance.ProvenanceNavigation;

/**
 * Any aggregate's replay (ADR 017), for supervisors and, read-only, the promotion staff of its cluster: the timeline
 * of every stored event (time, who, organization, city, correlation id, reason), a slider and step buttons to any
 * point, the aggregate as it was then (rebuilt from its events by its own context), the differences to a marked
 * point, links to the histories it names, PDF and Excel exports, and who looked at it. Opening and every export are
 * recorded before anything is shown.
 */
@Route(ReplayNavigation.ROUTE)
@PermitAll
@StyleSheet("context://styles/replay.css")
public class ReplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The page of each kind of aggregate, for the way back. */
    private static final Map<String, String> PAGES = Map.of("Project", "projects", "Cluster", "clusters", "Zone",
            "zones", "Consortium", "consortia", "Challenge", "challenges", "Activity", "activities");

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private ReplayTimeline timeline;
    private ReplayState state;
    private final Grid<ReplayEntry> events = new Grid<>();
    private final RangeInput slider = new RangeInput();
    private final Span position = new Span();
    private final Div sheet = new Div();
    private final StateTree tree = new StateTree();
    private final HorizontalLayout related = new HorizontalLayout();
    private final Grid<ReplayChange> differences = new Grid<>();
    private final Paragraph comparing = new Paragraph();
    private final Grid<ReplayAccessView> accesses = new Grid<>();
    private final H4 stateHeading = new H4();
    private final Select<String> person = filter("replay-filter-person", "replay.filter.person");
    private final Select<String> organization = filter("replay-filter-organization", "replay.filter.organization");
    private final Select<String> city = filter("replay-filter-city", "replay.filter.city");
    private final Select<String> kind = filter("replay-filter-kind", "replay.filter.kind");
    private ProjectStateSheet projectSheet;
    private long current;
    private Long marked;
    private String title = "";

    public ReplayView(Queries queries, CommandSender commands, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ReplayTimeline> found = event.getRouteParameters().get("aggregateId").flatMap(ReplayView::parse)
                .flatMap(id -> queries.optional(new FindReplayQuery(id), ReplayTimeline.class))
                .filter(t -> t.mayBeOpenedBy(actor));
        if (found.isEmpty()) {
            Paragraph notFound = new Paragraph(getTranslation("replay.notAllowed"));
            notFound.setId("replay-not-found");
            add(notFound);
            return;
        }
        timeline = found.get();
        long last = timeline.lastSequence();
        ReplayState then = stateAt(last);
        // Nothing is shown unless the opening is on record.
        if (!record(ReplayAccessAction.OPENED, then)) {
            Paragraph refused = new Paragraph(getTranslation("replay.notAllowed"));
            refused.setId("replay-not-found");
            add(refused);
            return;
        }
        title = then.title() == null ? timeline.aggregateId() : then.title();
        build();
        show(then);
    }

    private void build() {
        H2 heading = new H2(getTranslation("replay.anyTitle", title, kindLabel(timeline.aggregateType())));
        heading.setId("replay-heading");
        heading.getStyle().set("margin", "0");
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        String page = PAGES.get(timeline.aggregateType());
        if (page != null) {
            Anchor back = new Anchor(page + "/" + timeline.aggregateId(),
                    getTranslation("replay.backTo", kindLabel(timeline.aggregateType())));
            back.setId("replay-back");
            top.add(back);
        }
        Anchor provenance = new Anchor(ProvenanceNavigation.path(timeline.aggregateId()),
                getTranslation("replay.provenance"));
        provenance.setId("replay-provenance");
        top.add(provenance);
        top.add(download("replay-export-pdf", "replay.export.pdf", VaadinIcon.FILE_TEXT_O, "pdf",
                "application/pdf", ReplayAccessAction.EXPORTED_PDF, ReplayReport::write));
        top.add(download("replay-export-xlsx", "replay.export.xlsx", VaadinIcon.FILE_TABLE, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReplayAccessAction.EXPORTED_XLSX,
                ReplayWorkbook::write));

        long last = timeline.lastSequence();
        slider.setId("replay-slider");
        slider.setMin(0);
        slider.setMax(Math.max(1, last));
        slider.setStep(1.0);
        slider.setWidth("100%");
        slider.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                moveTo(Math.min(last, Math.round(change.getValue())));
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

        buildTimeline();
        HorizontalLayout filters = new HorizontalLayout(person, organization, city, kind);
        VerticalLayout events = new VerticalLayout(filters, this.events);
        events.setPadding(false);
        events.setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("replay-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("replay.tab.timeline"), events);
        if (actor.isSupervisor()) {
            tabs.add(getTranslation("replay.tab.accesses"), accessesPanel());
            tabs.addSelectedChangeListener(change -> refreshAccesses());
        }

        sheet.setId("replay-sheet");
        sheet.setWidthFull();
        stateHeading.setId("replay-state-heading");
        related.setId("replay-related");
        related.getStyle().set("flex-wrap", "wrap");
        comparing.setId("replay-comparing");
        differences.setId("replay-differences");
        differences.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        differences.addColumn(ReplayChange::path).setHeader(getTranslation("replay.column.field"));
        differences.addColumn(c -> Objects.toString(c.before(), "—")).setHeader(getTranslation("replay.column.before"))
                .setPartNameGenerator(c -> "removed");
        differences.addColumn(c -> Objects.toString(c.after(), "—")).setHeader(getTranslation("replay.column.after"))
                .setPartNameGenerator(c -> "added");
        differences.setAllRowsVisible(true);
        differences.setVisible(false);
        VerticalLayout right = new VerticalLayout(stateHeading, related, sheet,
                new H4(getTranslation("replay.differences")), comparing, differences);
        right.setPadding(false);
        SplitLayout split = new SplitLayout(tabs, right);
        split.setSizeFull();
        split.setSplitterPosition(50);
        add(top, controls, split);
        setFlexGrow(1, split);
        refilter();
    }

    private void buildTimeline() {
        events.setId("replay-timeline");
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        events.addColumn(ReplayEntry::sequenceNumber).setHeader("#").setWidth("4rem").setFlexGrow(0);
        events.addColumn(e -> Texts.dateTime(this, e.timestamp())).setHeader(getTranslation("history.column.time"))
                .setWidth("9.5rem").setFlexGrow(0);
        events.addColumn(e -> EventDescriptions.title(this, e.eventType()))
                .setHeader(getTranslation("history.column.event"));
        events.addColumn(e -> EventDescriptions.summary(this, e.eventType(), e.payload()))
                .setHeader(getTranslation("history.column.details")).setFlexGrow(2);
        events.addColumn(e -> e.displayName() == null ? Objects.toString(e.username(), "") : e.displayName())
                .setHeader(getTranslation("history.column.who"));
        events.addColumn(e -> Objects.toString(e.organization(), ""))
                .setHeader(getTranslation("history.column.organization"));
        events.addColumn(e -> cityName(e.city())).setHeader(getTranslation("replay.filter.city"));
        events.addColumn(e -> Objects.toString(e.reason(), "")).setHeader(getTranslation("replay.column.reason"))
                .setFlexGrow(2);
        events.addComponentColumn(this::correlationLink).setKey("correlation")
                .setHeader(getTranslation("history.column.correlation"));
        events.setPartNameGenerator(e -> e.sequenceNumber() == current ? "current"
                : e.sequenceNumber() > current ? "after" : null);
        events.addItemClickListener(click -> moveTo(click.getItem().sequenceNumber()));
    }

    private Component correlationLink(ReplayEntry entry) {
        // The user action the event belongs to (its trace id); events stored before trace ids: the direct cause.
        String action = entry.traceId() != null ? entry.traceId() : entry.correlationId();
        if (action == null) {
            return new Span();
        }
        Anchor link = new Anchor(CorrelationNavigation.path(action), action.substring(0, Math.min(8,
                action.length())));
        link.setTitle(getTranslation("replay.correlation.title"));
        link.addClassName("mono");
        return link;
    }

    private VerticalLayout accessesPanel() {
        accesses.setId("replay-accesses");
        accesses.addThemeVariants(GridVariant.LUMO_COMPACT);
        accesses.addColumn(a -> Texts.dateTime(this, a.at())).setHeader(getTranslation("replay.accesses.column.at"));
        accesses.addColumn(a -> a.displayName() == null ? a.username() : a.displayName() + " (" + a.username() + ")")
                .setHeader(getTranslation("replay.accesses.column.who"));
        accesses.addColumn(a -> Objects.toString(a.organization(), ""))
                .setHeader(getTranslation("replay.accesses.column.organization"));
        accesses.addColumn(a -> getTranslation("replay.action." + a.action()))
                .setHeader(getTranslation("replay.accesses.column.action"));
        accesses.addColumn(a -> a.sequenceNumber() == null ? "" : "#" + a.sequenceNumber())
                .setHeader(getTranslation("replay.accesses.column.point"));
        VerticalLayout panel = new VerticalLayout(new Paragraph(getTranslation("replay.accesses.intro")), accesses);
        panel.setPadding(false);
        panel.setSizeFull();
        return panel;
    }

    private void refreshAccesses() {
        accesses.setItems(queries.one(new FindReplayAccessesQuery(timeline.aggregateId(), null, null, null, 0, 200),
                ReplayAccessPage.class).items());
    }

    private Button step(String id, VaadinIcon icon, LongSupplier target) {
        Button button = new Button(icon.create(), click -> moveTo(target.getAsLong()));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("replay.step." + id.substring("replay-".length())));
        return button;
    }

    /** Shows the aggregate as it was right after event {@code sequence}: rebuilt from the stored events. */
    void moveTo(long sequence) {
        show(stateAt(sequence));
    }

    private ReplayState stateAt(long sequence) {
        return queries.optional(new FindReplayStateQuery(timeline.aggregateId(), sequence, actor), ReplayState.class)
                .orElseThrow();
    }

    private void show(ReplayState then) {
        state = then;
        current = then.sequenceNumber();
        slider.setValue((double) current);
        position.setText(getTranslation("replay.position", current, Texts.dateTime(this, then.at())));
        stateHeading.setText(getTranslation("replay.state", current, kindLabel(timeline.aggregateType())));
        related.removeAll();
        for (ReplayReference reference : then.references()) {
            Anchor link = new Anchor(ReplayNavigation.path(reference.aggregateId()),
                    getTranslation("replay.related.link", kindLabel(reference.aggregateType()),
                            nameOf(reference, then)));
            link.setId("replay-related-" + reference.aggregateId());
            related.add(link);
        }
        related.setVisible(!then.references().isEmpty());
        sheet.removeAll();
        if (then.view() instanceof ProjectView project) {
            if (projectSheet == null) {
                projectSheet = new ProjectStateSheet();
            }
            projectSheet.show(project);
            sheet.add(projectSheet);
        } else if (then.fields().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("replay.noState"));
            none.setId("replay-no-state");
            sheet.add(none);
        } else {
            sheet.add(tree);
        }
        events.getDataProvider().refreshAll();
        compare();
    }

    private void compare() {
        Set<String> changed = new HashSet<>();
        if (marked == null) {
            comparing.setText(getTranslation("replay.markHint"));
            differences.setVisible(false);
        } else {
            ReplayComparison comparison = queries.one(new CompareReplayPointsQuery(timeline.aggregateId(), marked,
                    current, actor), ReplayComparison.class);
            comparing.setText(getTranslation("replay.comparing", marked, current, comparison.changes().size()));
            differences.setItems(comparison.changes());
            differences.setVisible(!comparison.changes().isEmpty());
            comparison.changes().forEach(c -> changed.add(c.path()));
        }
        if (!(state.view() instanceof ProjectView) && !state.fields().isEmpty()) {
            tree.show(state.fields(), changed);
        }
    }

    /** Records an opening or an export in the viewer's access log; false (with a notice) when refused. */
    private boolean record(ReplayAccessAction action, ReplayState at) {
        LocalDate day = LocalDate.now(ReportingPeriod.SHANGHAI);
        return commands.send(this, new RecordReplayAccessCommand(AccessLogId.forPersonAndDay(actor.username(), day),
                day, timeline.aggregateId(), timeline.aggregateType(), at.title(), timeline.owningClusterId(),
                action, at.sequenceNumber()), null).isPresent();
    }

    /** A download made when clicked, at the point shown then, recorded before the file is written. */
    private Anchor download(String id, String labelKey, VaadinIcon icon, String extension, String contentType,
                            ReplayAccessAction action, Function<ReplayExport, byte[]> writer) {
        DownloadHandler handler = event -> {
            AtomicReference<byte[]> file = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> {
                if (record(action, state)) {
                    HistoryVerification chain = queries.one(new VerifyHistoryQuery(timeline.aggregateId()),
                            HistoryVerification.class);
                    file.set(writer.apply(new ReplayExport(timeline, state, chain, actor.displayName(), Instant.now(),
                            (key, arguments) -> {
                                String text = getTranslation(key, arguments);
                                return text.startsWith("!") ? null : text;
                            })));
                }
            });
            if (file.get() == null) {
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName("replay-" + timeline.aggregateId() + "-" + state.sequenceNumber() + "." + extension);
            event.setContentType(contentType);
            event.getOutputStream().write(file.get());
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(icon.create(), new Span(" " + getTranslation(labelKey)));
        anchor.setId(id);
        return anchor;
    }

    private String nameOf(ReplayReference reference, ReplayState then) {
        if (reference.name() != null) {
            return reference.name();
        }
        String base = reference.path().substring(0, reference.path().length() - 2);
        for (String suffix : List.of("Name", "NameZh")) {
            for (var field : then.fields()) {
                if (field.path().equals(base + suffix)) {
                    return field.value();
                }
            }
        }
        return reference.aggregateId().substring(0, 8);
    }

    private String kindLabel(String type) {
        String text = getTranslation("replay.kind." + type);
        return text.startsWith("!") ? type : text;
    }

    private String cityName(String name) {
        if (name == null) {
            return "";
        }
        try {
            return Texts.city(this, City.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
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
                : "replay.filter.city".equals(labelKey) ? cityName(text) : text);
        select.setItems(List.of());
        return select;
    }

    private void refilter() {
        List<ReplayEntry> entries = timeline.entries();
        fill(person, entries, ReplayEntry::username);
        fill(organization, entries, ReplayEntry::organization);
        fill(city, entries, ReplayEntry::city);
        fill(kind, entries, ReplayEntry::eventType);
        events.setItems(entries.stream()
                .filter(e -> matches(person, e.username()) && matches(organization, e.organization())
                        && matches(city, e.city()) && matches(kind, e.eventType()))
                .toList());
    }

    private static void fill(Select<String> select, List<ReplayEntry> entries, Function<ReplayEntry, String> value) {
        if (select.getListDataView().getItemCount() == 0) {
            select.setItems(entries.stream().map(value).filter(Objects::nonNull).distinct().sorted().toList());
        }
    }

    private static boolean matches(Select<String> select, String value) {
        return select.getValue() == null || select.getValue().equals(value);
    }

    private static Optional<String> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replay.title", title) + " · ClusterHub";
    }
}
