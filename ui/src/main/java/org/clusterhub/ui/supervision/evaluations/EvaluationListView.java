package org.clusterhub.ui.supervision.evaluations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.EvaluationPage;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.EvaluationStatus;
import org.clusterhub.supervision.api.EvaluationSummary;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.FindEvaluationQuery;
import org.clusterhub.supervision.api.FindEvaluationsQuery;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.OpenEvaluationCommand;
import org.clusterhub.ui.supervision.change.ActivityChangeNavigation;
import org.clusterhub.ui.supervision.evaluation.EvaluationNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The yearly evaluations of promotion organizations, filtered (year, cluster, status) and paged on the server, newest
 * year first. Supervisors see all and open a year's evaluations for several clusters at once; promotion staff see their
 * own clusters' and the finalized ones; everyone else the finalized ones. New events refresh the list.
 */
@Route(EvaluationListNavigation.ROUTE)
@PermitAll
public class EvaluationListView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Texts.SHANGHAI);

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final List<ClusterSummary> clusters;
    private final Grid<EvaluationSummary> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final Select<EvaluationStatus> status = new Select<>();
    private final Span total = new Span();
    private final CallbackDataProvider<EvaluationSummary, Void> data;

    public EvaluationListView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        this.clusters = queries.one(new FindClustersQuery(null, null, null, true, 0, 500), ClusterPage.class)
                .items().stream()
                .sorted(Comparator.comparing(c -> c.planNumber() == null ? Integer.MAX_VALUE : c.planNumber()))
                .toList();
        setSizeFull();
        addClassName("evaluation-list");
        data = DataProvider.fromCallbacks(this::fetch, query -> count());

        H2 heading = new H2(getTranslation("evaluation.list.title"));
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        if (actor.isSupervisor() || actor.role() == Role.PROMOTION_STAFF) {
            Button change = new Button(getTranslation("evaluation.list.change"), VaadinIcon.TRENDING_UP.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ActivityChangeNavigation.ROUTE)));
            change.setId("evaluation-change-report");
            header.add(change);
        }
        if (actor.isSupervisor()) {
            Button open = new Button(getTranslation("evaluation.list.open"), VaadinIcon.PLUS.create(),
                    click -> new OpenEvaluationsDialog(clusters, this::open).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("open-evaluations-button");
            header.add(open);
        }
        configureFilters();
        configureGrid();
        FlexLayout filters = new FlexLayout(year, cluster, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        total.setId("evaluation-total");
        add(header, filters, total, grid);
        setFlexGrow(1, grid);

        LiveRefresh.whileAttached(this, liveFeed, "Evaluation", Duration.ofMillis(500), this::catchUp,
                data::refreshAll);
    }

    private void configureFilters() {
        int thisYear = LocalDate.now(EvaluationPeriod.SHANGHAI).getYear();
        year.setItems(IntStream.rangeClosed(2021, thisYear).boxed().sorted(Comparator.reverseOrder()).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("evaluation.filter.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("evaluation.filter.allYears")
                : getTranslation("evaluation.filter.yearValue", String.valueOf(y)));
        year.setId("evaluation-year");
        cluster.setPlaceholder(getTranslation("evaluation.filter.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(this::clusterName);
        cluster.setClearButtonVisible(true);
        cluster.setWidth("20rem");
        cluster.setId("evaluation-cluster");
        status.setItems(EvaluationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("evaluation.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("evaluation.filter.allStatuses")
                : getTranslation("evaluation.status." + s.name()));
        status.setId("evaluation-status");
        year.addValueChangeListener(e -> data.refreshAll());
        cluster.addValueChangeListener(e -> data.refreshAll());
        status.addValueChangeListener(e -> data.refreshAll());
    }

    private void configureGrid() {
        grid.setId("evaluation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(EvaluationSummary::year).setHeader(getTranslation("evaluation.column.year")).setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(s -> Texts.english() && s.clusterNameEn() != null ? s.clusterNameEn() : s.clusterNameZh())
                .setHeader(getTranslation("evaluation.column.cluster")).setFlexGrow(3).setTooltipGenerator(
                        s -> Objects.toString(s.clusterNameZh(), ""));
        grid.addColumn(s -> Texts.english() && s.promotionOrganizationEn() != null ? s.promotionOrganizationEn()
                        : s.promotionOrganizationZh()).setHeader(getTranslation("evaluation.column.organization"))
                .setFlexGrow(3);
        grid.addColumn(s -> getTranslation("evaluation.status." + s.status().name()))
                .setHeader(getTranslation("evaluation.column.status")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(s -> s.selfScore() == null ? "" : String.valueOf(s.selfScore()))
                .setHeader(getTranslation("evaluation.column.selfScore")).setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> s.overallScore() == null ? "" : String.valueOf(s.overallScore()))
                .setHeader(getTranslation("evaluation.column.overallScore")).setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> s.grade() == null ? "" : getTranslation("evaluation.grade." + s.grade().name()))
                .setHeader(getTranslation("evaluation.column.grade")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> s.lastChangedAt() == null ? "" : CHANGED.format(s.lastChangedAt()))
                .setHeader(getTranslation("evaluation.column.lastChanged")).setWidth("10rem").setFlexGrow(0);
        grid.setItems(data);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(EvaluationNavigation.path(click.getItem().evaluationId()))));
    }

    private FindEvaluationsQuery query(int offset, int limit) {
        ClusterSummary chosen = cluster.getValue();
        return new FindEvaluationsQuery(actor, year.getValue(), chosen == null ? null : chosen.clusterId(),
                status.getValue(), offset, limit);
    }

    private Stream<EvaluationSummary> fetch(Query<EvaluationSummary, Void> query) {
        return queries.one(query(query.getOffset(), Math.max(1, Math.min(500, query.getLimit()))),
                EvaluationPage.class).items().stream();
    }

    private int count() {
        long all = queries.one(query(0, 1), EvaluationPage.class).total();
        total.setText(getTranslation("evaluation.list.total", all));
        return (int) Math.min(Integer.MAX_VALUE, all);
    }

    /** Off the UI thread: wait until the read model has the newest event, so that the refresh shows it. */
    private void catchUp(List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindEvaluationQuery(EvaluationId.of(newest.aggregateId()), actor,
                newest.sequenceNumber()), EvaluationView.class);
    }

    /** One command per cluster; those opened before are counted, not refused one by one. */
    private boolean open(OpenEvaluationsDialog dialog, List<ClusterSummary> chosen) {
        if (chosen.isEmpty()) {
            dialog.showFieldError("clusters", getTranslation("evaluation.open.noClusters"));
            return false;
        }
        int opened = 0;
        int existing = 0;
        for (ClusterSummary c : chosen) {
            OpenEvaluationCommand command = new OpenEvaluationCommand(c.clusterId(), dialog.year.getValue(),
                    dialog.due.getValue());
            if (dialog.year.getValue() != null && queries.optional(new FindEvaluationQuery(command.evaluationId(),
                    actor), EvaluationView.class).isPresent()) {
                existing++;
                continue;
            }
            if (commands.send(this, command, dialog::showFieldError).isEmpty()) {
                if (opened > 0) {
                    data.refreshAll();
                }
                return false;
            }
            opened++;
        }
        CommandSender.success(this, getTranslation("evaluation.open.done", opened, existing));
        data.refreshAll();
        return true;
    }

    private String clusterName(ClusterSummary c) {
        return (c.planNumber() == null ? "" : c.planNumber() + ". ")
                + (Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.list.title") + " · ClusterHub";
    }
}
