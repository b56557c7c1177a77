package org.clusterhub.ui.project.library;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.FindProjectsAsOfQuery;
import org.clusterhub.project.api.FindProjectsQuery;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectSummary;
import org.clusterhub.project.api.ProjectTotals;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;
import org.clusterhub.shared.AsOfDay;
import org.clusterhub.ui.support.AsOfControl;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The province's big project library (大项目库) within the person's scope: supervisors see every cluster's projects,
 * promotion staff their clusters', coordinators their city's, members their organization's. Filtered, sorted and
 * paged on the server; the totals cover the whole filter; filter and sort live in the URL so a filtered library can
 * be bookmarked; the filtered list exports to Excel; new events refresh it.
 */
@Route(ProjectLibraryNavigation.ROUTE)
@PermitAll
@StyleSheet("context://styles/project-lists.css")
public class ProjectLibraryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ProjectLibraryView.class);
    static final int PAGE_SIZE = 50;
    /** Show export progress for larger exports at once, for others once they take longer than this. */
    static final Duration PROGRESS_AFTER = Duration.ofSeconds(1);
    static final int PROGRESS_ROWS = 2000;
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2035;
    /** Title, and below it the cluster and the lead organization: two columns fewer on a laptop screen. */
    static final String TITLE_CELL = """
            <div class="project-cell"><div class="project-title" title="${item.title}">${item.title}</div>
            <div class="project-meta" title="${item.meta}">${item.meta}</div></div>""";
    /** The status, marked when the project is overdue. */
    static final String STATUS_CELL = """
            <span title="${item.status}">${item.status}</span>
            <span theme="badge error small" class="overdue-mark" ?hidden="${!item.overdue}">${item.overdueText}</span>""";
    /** Minutes are enough in a list; the project's history has the seconds. */
    static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Texts.SHANGHAI);

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final ProjectScope scope;
    private final List<ClusterSummary> clusters;

    private final Grid<ProjectSummary> grid = new Grid<>();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final Select<ProjectKind> kind = new Select<>();
    private final Select<LibraryState> library = new Select<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final ComboBox<City> city = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final BigDecimalField minFunding = new BigDecimalField();
    private final BigDecimalField maxFunding = new BigDecimalField();
    private final Checkbox overdueOnly = new Checkbox();
    private final TextField text = new TextField();
    private final Span totalCount = new Span();
    private final Span totalApproved = new Span();
    private final Span totalSubsidy = new Span();
    private final Span totalSpent = new Span();
    private final ProgressBar exportProgress = new ProgressBar();
    private final Span exportStatus = new Span();
    private final Div progressBox = new Div(exportStatus, exportProgress);
    private final CallbackDataProvider<ProjectSummary, Void> data;
    private final Map<ProjectSort, Grid.Column<ProjectSummary>> sortableColumns;
    /** Supervisors only: the library as it stood at the end of a day, rebuilt from the event store (ADR 016). */
    private final AsOfControl asOf;

    /** What the grid, the totals, the URL and the export show; read by the download thread too. */
    private volatile LibraryRequest request = LibraryRequest.initial();
    /** Set while fields are filled from the URL, so that each field's change does not query on its own. */
    private boolean applyingRequest;
    /** False while a past library is being rebuilt: the grid stays empty instead of blocking the UI thread. */
    private volatile boolean pastReady = true;

    public ProjectLibraryView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        this.scope = ProjectScope.of(actor);
        this.clusters = clustersInScope();
        setSizeFull();
        addClassName("project-library");

        data = DataProvider.fromCallbacks(this::fetch, query -> count());
        configureFilters();
        sortableColumns = configureGrid();

        H2 heading = new H2(getTranslation("projectLibrary.title"));
        Span scopeLabel = new Span(scopeDescription());
        scopeLabel.setId("library-scope");
        scopeLabel.addClassName("current-user");
        HorizontalLayout header = new HorizontalLayout(heading, scopeLabel);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        asOf = actor.role() == Role.SUPERVISOR ? new AsOfControl(this::asOfChanged) : null;
        if (asOf != null) {
            header.add(asOf);
        }
        header.add(exportAnchor());
        if (actor.role() == Role.PROMOTION_STAFF && !draftableClusters().isEmpty()) {
            Button create = new Button(getTranslation("projectLibrary.new.button"), VaadinIcon.PLUS.create(),
                    click -> openNewProjectDialog());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-project");
            header.add(create);
        }

        FlexLayout filters = new FlexLayout(text, cluster, kind, library, status, city, year, minFunding, maxFunding,
                overdueOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        Span unitNote = new Span(getTranslation("projectLibrary.unitNote"));
        unitNote.addClassName("current-user");
        HorizontalLayout totals = new HorizontalLayout(totalCount, totalApproved, totalSubsidy, totalSpent,
                unitNote);
        totals.setId("library-totals");
        totals.setSpacing(true);
        totals.setAlignItems(FlexComponent.Alignment.BASELINE);
        totalCount.setId("total-count");
        totalCount.getStyle().set("font-weight", "600");
        totalApproved.setId("total-approved");
        totalSubsidy.setId("total-subsidy");
        totalSpent.setId("total-spent");
        exportProgress.setWidth("12em");
        exportProgress.setId("export-progress");
        exportStatus.setId("export-status");
        exportStatus.addClassName("current-user");
        progressBox.setId("export-progress-box");
        progressBox.setVisible(false);
        totals.add(progressBox);

        add(header);
        if (asOf != null) {
            add(asOf.banner());
        }
        add(filters, totals, grid);
        setFlexGrow(1, grid);

        LiveRefresh.whileAttached(this, liveFeed, "Project", Duration.ofMillis(500), this::catchUp, () -> {
            if (request.asOf() == null) {
                data.refreshAll();
            }
        });
    }

    // ---- filters and URL ------------------------------------------------------------------------------------

    private void configureFilters() {
        text.setPlaceholder(getTranslation("projectLibrary.filter.text"));
        text.setId("library-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20rem");

        cluster.setPlaceholder(getTranslation("projectLibrary.filter.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(this::clusterName);
        cluster.setClearButtonVisible(true);
        cluster.setId("library-cluster");
        cluster.setWidth("18rem");
        if (actor.role() == Role.PROMOTION_STAFF && clusters.size() == 1) {
            // Staff of one cluster see only its projects anyway: show which, instead of offering a choice.
            cluster.setValue(clusters.get(0));
            cluster.setReadOnly(true);
        }

        kind.setItems(ProjectKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("projectLibrary.filter.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("projectLibrary.filter.allKinds")
                : getTranslation("project.kind." + k.name()));
        kind.setId("library-kind");

        library.setItems(LibraryState.values());
        library.setEmptySelectionAllowed(true);
        library.setEmptySelectionCaption(getTranslation("projectLibrary.filter.allLibraryStates"));
        library.setItemLabelGenerator(s -> s == null ? getTranslation("projectLibrary.filter.allLibraryStates")
                : getTranslation("project.library." + s.name()));
        library.setId("library-state");

        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("projectLibrary.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("projectLibrary.filter.allStatuses")
                : getTranslation("project.status." + s.name()));
        status.setId("library-status");

        city.setPlaceholder(getTranslation("projectLibrary.filter.city"));
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setClearButtonVisible(true);
        city.setId("library-city");
        city.setWidth("10rem");
        if (actor.role() == Role.CITY_COORDINATOR && actor.city() != null) {
            // A coordinator's scope is their city (the projects' center city): fixed, but shown.
            city.setValue(actor.city());
            city.setReadOnly(true);
        }

        year.setItems(IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("projectLibrary.filter.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("projectLibrary.filter.allYears")
                : getTranslation("projectLibrary.filter.year", Integer.toString(y)));
        year.setId("library-year");
        year.setWidth("9rem");

        minFunding.setPlaceholder(getTranslation("projectLibrary.filter.minFunding"));
        minFunding.setId("library-min-funding");
        maxFunding.setPlaceholder(getTranslation("projectLibrary.filter.maxFunding"));
        maxFunding.setId("library-max-funding");
        for (BigDecimalField field : List.of(minFunding, maxFunding)) {
            field.setWidth("10.5rem");
            field.setClearButtonVisible(true);
            field.setSuffixComponent(new Span(getTranslation("projectLibrary.unit")));
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        overdueOnly.setLabel(getTranslation("projectLibrary.filter.overdueOnly"));
        overdueOnly.setId("library-overdue");

        cluster.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        library.addValueChangeListener(e -> filterChanged());
        status.addValueChangeListener(e -> filterChanged());
        city.addValueChangeListener(e -> filterChanged());
        year.addValueChangeListener(e -> filterChanged());
        minFunding.addValueChangeListener(e -> filterChanged());
        maxFunding.addValueChangeListener(e -> filterChanged());
        overdueOnly.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LibraryRequest wanted = LibraryRequest.from(event.getLocation().getQueryParameters());
        applyingRequest = true;
        try {
            ProjectFilter f = wanted.filter();
            if (!cluster.isReadOnly()) {
                cluster.setValue(f.clusterId() == null ? null : clusters.stream()
                        .filter(c -> c.clusterId().equals(f.clusterId())).findFirst().orElse(null));
            }
            kind.setValue(f.kind());
            library.setValue(f.libraryState());
            status.setValue(f.status());
            if (!city.isReadOnly()) {
                city.setValue(f.city());
            }
            year.setValue(f.year());
            minFunding.setValue(f.minFunding());
            maxFunding.setValue(f.maxFunding());
            overdueOnly.setValue(f.overdueOnly());
            text.setValue(f.text() == null ? "" : f.text());
            request = wanted.withFilter(filterFromFields())
                    .withAsOf(asOf == null ? null : wanted.asOf());
            if (asOf != null) {
                asOf.show(request.asOf());
            }
            Grid.Column<ProjectSummary> column = sortableColumns.get(wanted.sort());
            grid.sort(List.of(new GridSortOrder<>(column,
                    wanted.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            applyingRequest = false;
        }
        showRequest();
    }

    /** A past day is rebuilt off the UI thread with progress shown; the grid then reads the rebuilt library. */
    private void showRequest() {
        if (request.asOf() == null) {
            data.refreshAll();
            return;
        }
        LibraryRequest wanted = request;
        pastReady = false;
        data.refreshAll();
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresentOrElse(ui -> asOf.load(ui,
                () -> page(wanted, 0, 1), ignored -> {
                    pastReady = true;
                    data.refreshAll();
                }), () -> {
                    pastReady = true;
                    data.refreshAll();
                });
    }

    private void asOfChanged(LocalDate day) {
        request = request.withAsOf(day);
        asOf.show(day);
        writeUrl();
        showRequest();
    }

    private void filterChanged() {
        if (applyingRequest) {
            return;
        }
        request = request.withFilter(filterFromFields());
        writeUrl();
        data.refreshAll();
    }

    private ProjectFilter filterFromFields() {
        String search = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new ProjectFilter(cluster.getValue() == null ? null : cluster.getValue().clusterId(), kind.getValue(),
                library.getValue(), status.getValue(), city.getValue(), year.getValue(), minFunding.getValue(),
                maxFunding.getValue(), overdueOnly.getValue(), search);
    }

    /** Replaces (not pushes) the browser's URL: the back button leaves the library instead of undoing filters. */
    private void writeUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, request.location()));
    }

    // ---- grid -----------------------------------------------------------------------------------------------

    private Map<ProjectSort, Grid.Column<ProjectSummary>> configureGrid() {
        grid.setId("project-grid");
        // Eleven columns must fit a laptop screen beside the menu: the cluster and the lead organization go under
        // the title, the overdue mark beside the status, units into the totals bar.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<ProjectSummary> titleColumn = grid.addColumn(LitRenderer.<ProjectSummary>of(TITLE_CELL)
                        .withProperty("title", ProjectSummary::title)
                        .withProperty("meta", p -> (p.clusterName() == null ? "" : p.clusterName() + " · ")
                                + p.leadOrganization()))
                .setHeader(getTranslation("projectLibrary.column.title")).setFlexGrow(4).setWidth("13.5rem")
                .setSortProperty(ProjectSort.TITLE.name());
        grid.addColumn(p -> getTranslation("project.kind." + p.kind().name()))
                .setHeader(getTranslation("projectLibrary.column.kind")).setFlexGrow(1).setWidth("7rem")
                .setTooltipGenerator(p -> getTranslation("project.kind." + p.kind().name()));
        grid.addColumn(p -> Texts.city(this, p.city()))
                .setHeader(getTranslation("projectLibrary.grid.city")).setFlexGrow(0).setWidth("5rem");
        Grid.Column<ProjectSummary> statusColumn = grid.addColumn(LitRenderer.<ProjectSummary>of(STATUS_CELL)
                        .withProperty("status", p -> getTranslation("project.status." + p.status().name()))
                        .withProperty("overdue", ProjectSummary::overdue)
                        .withProperty("overdueText", p -> p.overdue() ? getTranslation("projectLibrary.overdue") : ""))
                .setHeader(getTranslation("projectLibrary.column.status")).setFlexGrow(1).setWidth("8rem")
                .setSortProperty(ProjectSort.STATUS.name());
        grid.addColumn(p -> getTranslation("project.library." + (p.libraryState() == null ? "NONE"
                        : p.libraryState().name())))
                .setHeader(getTranslation("projectLibrary.column.library")).setFlexGrow(0).setWidth("6rem")
                .setTooltipGenerator(p -> getTranslation("project.library." + (p.libraryState() == null ? "NONE"
                        : p.libraryState().name())));
        Grid.Column<ProjectSummary> yearColumn = grid.addColumn(p -> p.startYear() + "–" + p.endYear())
                .setHeader(getTranslation("projectLibrary.column.period")).setFlexGrow(0).setWidth("7rem")
                .setSortProperty(ProjectSort.START_YEAR.name());
        Grid.Column<ProjectSummary> fundingColumn = grid.addColumn(p -> Amounts.format(
                        Amounts.funding(p.approvedBudget(), p.requestedBudget())))
                .setHeader(getTranslation("projectLibrary.grid.funding")).setFlexGrow(0).setWidth("7rem")
                .setTextAlign(ColumnTextAlign.END).setSortProperty(ProjectSort.FUNDING.name());
        grid.addColumn(p -> Amounts.format(p.provincialSubsidy()))
                .setHeader(getTranslation("projectLibrary.grid.provincialSubsidy")).setFlexGrow(0).setWidth("6.5rem")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> Amounts.format(p.spent()))
                .setHeader(getTranslation("projectLibrary.grid.spent")).setFlexGrow(0).setWidth("5.5rem")
                .setTextAlign(ColumnTextAlign.END);
        Grid.Column<ProjectSummary> changedColumn = grid.addColumn(p -> p.lastChangedAt() == null ? ""
                        : CHANGED.format(p.lastChangedAt()))
                .setHeader(getTranslation("projectLibrary.grid.lastChanged")).setFlexGrow(0).setWidth("9.5rem")
                .setSortProperty(ProjectSort.LAST_CHANGED.name());
        grid.setMultiSort(false);
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(data);
        grid.setPartNameGenerator(p -> p.overdue() ? "overdue" : null);
        grid.addSortListener(sort -> {
            if (applyingRequest) {
                return;
            }
            request = sortOf(sort.getSortOrder().stream()
                    .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                    .toList());
            writeUrl();
        });
        grid.addItemClickListener(click -> ProjectDetailNavigation.open(click.getItem().projectId()));
        return Map.of(ProjectSort.TITLE, titleColumn, ProjectSort.STATUS, statusColumn, ProjectSort.START_YEAR,
                yearColumn, ProjectSort.FUNDING, fundingColumn, ProjectSort.LAST_CHANGED, changedColumn);
    }

    /** The grid's sort (one column at most) as the request's; none means the default, newest change first. */
    private LibraryRequest sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return request.withSort(LibraryRequest.DEFAULT_SORT, true);
        }
        QuerySortOrder first = orders.get(0);
        return request.withSort(ProjectSort.valueOf(first.getSorted()),
                first.getDirection() == SortDirection.DESCENDING);
    }

    private Stream<ProjectSummary> fetch(Query<ProjectSummary, Void> query) {
        if (!pastReady) {
            return Stream.empty();
        }
        LibraryRequest shown = sortOf(query.getSortOrders());
        return page(shown, query.getOffset(), query.getLimit()).items().stream();
    }

    private int count() {
        if (!pastReady) {
            showTotals(new ProjectTotals(0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.ZERO));
            return 0;
        }
        ProjectPage first = page(request, 0, 1);
        showTotals(first.totals());
        return (int) Math.min(Integer.MAX_VALUE, first.totals().count());
    }

    private ProjectPage page(LibraryRequest shown, int offset, int limit) {
        FindProjectsQuery page = new FindProjectsQuery(shown.filter(), scope, shown.sort(), shown.descending(), offset,
                Math.max(1, Math.min(limit, LibraryExport.BATCH)));
        if (shown.asOf() != null) {
            return queries.one(new FindProjectsAsOfQuery(page, AsOfDay.endOf(shown.asOf())), ProjectPage.class);
        }
        return queries.one(page, ProjectPage.class);
    }

    private void showTotals(ProjectTotals totals) {
        totalCount.setText(getTranslation("projectLibrary.totals.count", totals.count()));
        totalApproved.setText(getTranslation("projectLibrary.totals.approvedBudget",
                Amounts.format(totals.approvedBudget())));
        totalSubsidy.setText(getTranslation("projectLibrary.totals.provincialSubsidy",
                Amounts.format(totals.provincialSubsidy())));
        totalSpent.setText(getTranslation("projectLibrary.totals.spent", Amounts.format(totals.spent())));
    }

    /** Before a live refresh: wait until the read model includes the newest event of the batch's last project. */
    private void catchUp(List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindProjectQuery(ProjectId.of(newest.aggregateId()), newest.sequenceNumber()),
                ProjectView.class);
    }

    // ---- export ---------------------------------------------------------------------------------------------

    private Anchor exportAnchor() {
        DownloadHandler handler = this::export;
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("projectLibrary.export.button")));
        anchor.setId("export-xlsx");
        return anchor;
    }

    /** Runs in the download request, off the UI thread: progress goes back through {@code UI.access}. */
    private void export(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        Locale locale = ui.getLocale();
        LibraryRequest exported = request;
        event.setFileName(getTranslation(locale, "projectLibrary.export.fileName",
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(LocalDateTime.now(Texts.SHANGHAI))) + ".xlsx");
        event.setContentType(LibraryExport.CONTENT_TYPE);
        long started = System.nanoTime();
        LibraryExport export = new LibraryExport((offset, limit) -> page(exported, offset, limit),
                (key, arguments) -> getTranslation(locale, key, arguments));
        try {
            export.write(event.getOutputStream(), (done, total) -> {
                boolean slow = System.nanoTime() - started > PROGRESS_AFTER.toNanos();
                if (done < total && (slow || total > PROGRESS_ROWS)) {
                    ui.access(() -> showProgress(done, total));
                }
            });
        } catch (RuntimeException | IOException e) {
            log.warn("export of the project library failed", e);
            ui.access(() -> CommandSender.error(this, getTranslation("projectLibrary.export.failed")));
            throw e;
        } finally {
            ui.access(() -> progressBox.setVisible(false));
        }
    }

    private void showProgress(long done, long total) {
        exportProgress.setValue(total == 0 ? 0 : (double) done / total);
        exportStatus.setText(getTranslation("projectLibrary.export.progress", done, total) + " ");
        progressBox.setVisible(true);
    }

    // ---- drafting -------------------------------------------------------------------------------------------

    private List<ClusterSummary> draftableClusters() {
        return clusters.stream().filter(c -> !c.retired() && actor.isStaffOf(c.clusterId().toString())).toList();
    }

    private void openNewProjectDialog() {
        new NewProjectDialog(actor, draftableClusters(),
                id -> queries.optional(new FindClusterQuery(id), ClusterDetails.class), this::draft).open();
    }

    private boolean draft(DraftProjectCommand command, NewProjectDialog dialog) {
        Optional<String> sent = commands.send(this, command, dialog::showFieldError);
        sent.ifPresent(correlation -> {
            CommandSender.success(this, getTranslation("projectLibrary.new.drafted", command.title().strip()));
            // Drafting writes two events (the draft and its lead participant): open the editor once both are read.
            queries.optional(new FindProjectQuery(command.projectId(), 1), ProjectView.class);
            ProjectDetailNavigation.open(command.projectId());
        });
        return sent.isPresent();
    }

    // ---- scope ----------------------------------------------------------------------------------------------

    /** The clusters the person can filter by: all for most roles, their own for promotion staff. */
    private List<ClusterSummary> clustersInScope() {
        ClusterPage page = queries.one(new FindClustersQuery(null, null, null, true, 0, 500), ClusterPage.class);
        return page.items().stream()
                .filter(c -> scope.everything() || scope.clusterIds().isEmpty()
                        || scope.clusterIds().contains(c.clusterId().toString()))
                .sorted(Comparator.comparing(c -> c.planNumber() == null ? Integer.MAX_VALUE : c.planNumber()))
                .toList();
    }

    private String scopeDescription() {
        if (scope.everything()) {
            return getTranslation("projectLibrary.scope.everything");
        }
        if (!scope.clusterIds().isEmpty()) {
            return getTranslation("projectLibrary.scope.clusters", clusters.stream().map(this::clusterName)
                    .collect(Collectors.joining(Texts.listSeparator())));
        }
        if (scope.city() != null) {
            return getTranslation("projectLibrary.scope.city", Texts.city(this, scope.city()));
        }
        return getTranslation("projectLibrary.scope.organization", scope.organization() == null ? ""
                : scope.organization());
    }

    private String clusterName(ClusterSummary c) {
        return Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projectLibrary.title") + " · ClusterHub";
    }
}
