package org.clusterhub.ui.consortium.list;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.consortium.api.ConsortiumFilter;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumPage;
import org.clusterhub.consortium.api.ConsortiumStatus;
import org.clusterhub.consortium.api.ConsortiumSummary;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.FindConsortiaQuery;
import org.clusterhub.consortium.api.FindConsortiumQuery;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.FindActivityQuery;
import org.clusterhub.activity.api.MeetingId;
import org.clusterhub.consortium.api.ConsortiumOrigin;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.clusterhub.ui.consortium.detail.ConsortiumDetailNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The province's joint innovation consortia (创新联合体), public to every signed-in person: filtered and paged on the
 * server, most recently changed first; "mine" shows those where the person's organization is a member, invited or
 * applying. Members propose new ones here; new events refresh the list.
 */
@Route(ConsortiumListNavigation.ROUTE)
@PermitAll
public class ConsortiumListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE_SIZE = 50;
    /** Minutes are enough in a list; the consortium's history has the seconds. */
    static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Texts.SHANGHAI);

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final List<ClusterSummary> clusters;

    private final Grid<ConsortiumSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final Select<TechnologyArea> area = new Select<>();
    private final Select<ConsortiumStatus> status = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Span total = new Span();
    private final CallbackDataProvider<ConsortiumSummary, Void> data;

    public ConsortiumListView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                              CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        this.clusters = queries.one(new FindClustersQuery(null, null, null, true, 0, 500), ClusterPage.class)
                .items().stream()
                .sorted(Comparator.comparing(c -> c.planNumber() == null ? Integer.MAX_VALUE : c.planNumber()))
                .toList();
        setSizeFull();
        addClassName("consortium-list");
        data = DataProvider.fromCallbacks(this::fetch, query -> count());
        configureFilters();
        configureGrid();

        H2 heading = new H2(getTranslation("consortium.list.title"));
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        if (actor.role() == Role.MEMBER && actor.organization() != null) {
            Button propose = new Button(getTranslation("consortium.propose.button"), VaadinIcon.PLUS.create(),
                    click -> openProposeDialog());
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setId("propose-consortium");
            header.add(propose);
        }
        FlexLayout filters = new FlexLayout(text, cluster, area, status, mine);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();
        total.setId("consortium-total");
        add(header, filters, total, grid);
        setFlexGrow(1, grid);

        LiveRefresh.whileAttached(this, liveFeed, "Consortium", Duration.ofMillis(500), this::catchUp,
                data::refreshAll);
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("consortium.filter.text"));
        text.setId("consortium-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("18rem");
        cluster.setPlaceholder(getTranslation("consortium.filter.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(this::clusterName);
        cluster.setClearButtonVisible(true);
        cluster.setId("consortium-cluster");
        cluster.setWidth("18rem");
        area.setItems(TechnologyArea.values());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("consortium.filter.allAreas"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("consortium.filter.allAreas")
                : getTranslation("consortium.area." + a.name()));
        area.setId("consortium-area");
        status.setItems(ConsortiumStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("consortium.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("consortium.filter.allStatuses")
                : getTranslation("consortium.status." + s.name()));
        status.setId("consortium-status");
        mine.setLabel(getTranslation("consortium.filter.mine"));
        mine.setId("consortium-mine");
        mine.setVisible(actor.organization() != null);
        text.addValueChangeListener(e -> data.refreshAll());
        cluster.addValueChangeListener(e -> data.refreshAll());
        area.addValueChangeListener(e -> data.refreshAll());
        status.addValueChangeListener(e -> data.refreshAll());
        mine.addValueChangeListener(e -> data.refreshAll());
    }

    private void configureGrid() {
        grid.setId("consortium-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(ConsortiumSummary::name).setHeader(getTranslation("consortium.column.name"))
                .setWidth("16rem").setFlexGrow(4).setTooltipGenerator(ConsortiumSummary::name);
        grid.addColumn(ConsortiumSummary::clusterName).setHeader(getTranslation("consortium.column.cluster"))
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(ConsortiumSummary::clusterName);
        grid.addColumn(s -> getTranslation("consortium.area." + s.area().name()))
                .setHeader(getTranslation("consortium.column.area")).setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(s -> getTranslation("consortium.area." + s.area().name()));
        grid.addColumn(ConsortiumSummary::leadOrganization).setHeader(getTranslation("consortium.column.lead"))
                .setWidth("11rem").setFlexGrow(2).setTooltipGenerator(ConsortiumSummary::leadOrganization);
        grid.addColumn(s -> getTranslation("consortium.status." + s.status().name()))
                .setHeader(getTranslation("consortium.column.status")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ConsortiumSummary::memberCount).setHeader(getTranslation("consortium.column.members"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(ConsortiumSummary::openInvitations)
                .setHeader(getTranslation("consortium.column.openInvitations"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(s -> s.lastChangedAt() == null ? "" : CHANGED.format(s.lastChangedAt()))
                .setHeader(getTranslation("consortium.column.lastChanged")).setWidth("10rem").setFlexGrow(0);
        grid.setItems(data);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ConsortiumDetailNavigation.open(ui, click.getItem().consortiumId())));
    }

    ConsortiumFilter filter() {
        ClusterSummary chosen = cluster.getValue();
        return new ConsortiumFilter(chosen == null ? null : chosen.clusterId(), area.getValue(), status.getValue(),
                Boolean.TRUE.equals(mine.getValue()) ? actor.organization() : null, text.getValue());
    }

    private Stream<ConsortiumSummary> fetch(Query<ConsortiumSummary, Void> query) {
        return queries.one(new FindConsortiaQuery(filter(), query.getOffset(), Math.max(1, query.getLimit())),
                ConsortiumPage.class).items().stream();
    }

    private int count() {
        ConsortiumPage first = queries.one(new FindConsortiaQuery(filter(), 0, 1), ConsortiumPage.class);
        total.setText(getTranslation("consortium.list.total", first.total()));
        return (int) Math.min(Integer.MAX_VALUE, first.total());
    }

    /** Off the UI thread: wait until the read model has the newest event, so that the refresh shows it. */
    private void catchUp(List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindConsortiumQuery(ConsortiumId.of(newest.aggregateId()), newest.sequenceNumber()),
                ConsortiumView.class);
    }

    /**
     * The person's organization's credit code as an earlier consortium recorded it, to fill in the proposal; empty
     * for an organization that was never on a board (then the person types it).
     */
    private String knownCreditCode() {
        List<ConsortiumSummary> theirs = queries.one(new FindConsortiaQuery(new ConsortiumFilter(null, null, null,
                actor.organization(), null), 0, 1), ConsortiumPage.class).items();
        return theirs.stream().findFirst()
                .flatMap(s -> queries.optional(new FindConsortiumQuery(s.consortiumId()), ConsortiumView.class))
                .flatMap(c -> c.entryOf(actor.organization()))
                .map(entry -> entry.creditCode()).orElse("");
    }

    /**
     * {@code ?cluster=<id>} (e.g. from the province dashboard) filters the list by that cluster.
     * {@code ?activity=<id>&meeting=<id>} (a matchmaking meeting's "propose a consortium" link, ADR 018): a member
     * gets the proposal form for a consortium that records the meeting it grew out of.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        List<String> given = parameters.getParameters().getOrDefault("cluster", List.of());
        if (!given.isEmpty() && !cluster.isReadOnly()) {
            clusters.stream().filter(c -> c.clusterId().toString().equals(given.get(0))).findFirst()
                    .ifPresent(cluster::setValue);
        }
        Optional<String> activity = parameters.getSingleParameter("activity");
        Optional<String> meeting = parameters.getSingleParameter("meeting");
        if (activity.isEmpty() || meeting.isEmpty() || actor.role() != Role.MEMBER || actor.organization() == null) {
            return;
        }
        try {
            Optional<ActivityView> found = queries.optional(new FindActivityQuery(ActivityId.of(activity.get())),
                    ActivityView.class);
            found.ifPresent(a -> openProposeDialog().fromMeeting(new ConsortiumOrigin(a.activityId().toString(),
                    MeetingId.of(meeting.get()).toString()), a.title(), a.clusterId()));
        } catch (IllegalArgumentException e) {
            // Not ids: the plain list.
        }
    }

    private ProposeConsortiumDialog openProposeDialog() {
        ProposeConsortiumDialog proposal = new ProposeConsortiumDialog(actor, clusters, knownCreditCode(), (command, dialog) -> {
            boolean sent = commands.send(this, command, dialog::showFieldError).isPresent();
            if (sent) {
                CommandSender.success(this, getTranslation("consortium.propose.done", command.name().strip()));
                // The page reads the read model: wait (briefly) until the projection has the new consortium.
                queries.optional(new FindConsortiumQuery(command.consortiumId(), 0), ConsortiumView.class);
                getUI().ifPresent(ui -> ConsortiumDetailNavigation.open(ui, command.consortiumId()));
            }
            return sent;
        });
        proposal.open();
        return proposal;
    }

    private String clusterName(ClusterSummary c) {
        return Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consortium.list.title") + " · ClusterHub";
    }
}
