package org.clusterhub.ui.challenge.list;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clusterhub.challenge.api.ChallengeFilter;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ChallengePage;
import org.clusterhub.challenge.api.ChallengeStatus;
import org.clusterhub.challenge.api.ChallengeSummary;
import org.clusterhub.challenge.api.ChallengeView;
import org.clusterhub.challenge.api.FindChallengeQuery;
import org.clusterhub.challenge.api.FindChallengesQuery;
import org.clusterhub.challenge.api.PostChallengeCommand;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.identity.api.ExpertPool;
import org.clusterhub.identity.api.FindExpertPoolQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.challenge.detail.ChallengeDetailNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * 揭榜挂帅: every challenge of every cluster (发榜 is public), filtered and paged on the server, newest change first;
 * bid counts and statuses follow changes live. Promotion staff and member organizations post new challenges here.
 */
@Route(ChallengeListNavigation.ROUTE)
@PermitAll
public class ChallengeListView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    static final int PAGE_SIZE = 25;

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final List<ClusterSummary> clusters;
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final ComboBox<TechnologyArea> area = new ComboBox<>();
    private final ComboBox<ChallengeStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Grid<ChallengeSummary> grid = new Grid<>();
    private final CallbackDataProvider<ChallengeSummary, Void> data;

    public ChallengeListView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        this.clusters = queries.one(new FindClustersQuery(null, null, null, false, 0, 500), ClusterPage.class)
                .items();
        setSizeFull();
        addClassName("challenge-list");

        H2 heading = new H2(getTranslation("challenge.list.title"));
        Span intro = new Span(getTranslation("challenge.list.intro"));
        intro.addClassName("current-user");
        HorizontalLayout header = new HorizontalLayout(heading, intro);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        if (mayPost()) {
            Button post = new Button(getTranslation("challenge.post.button"), VaadinIcon.PLUS.create(),
                    click -> openPostDialog());
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            post.setId("post-challenge");
            header.add(post);
        }

        configureFilters();
        data = DataProvider.fromCallbacks(this::fetch, query -> count());
        configureGrid();
        FlexLayout filters = new FlexLayout(text, cluster, area, status, total);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();
        total.setId("challenge-total");
        add(header, filters, grid);
        setFlexGrow(1, grid);

        LiveRefresh.whileAttached(this, liveFeed, "Challenge", Duration.ofMillis(500), this::catchUp,
                data::refreshAll);
    }

    private boolean mayPost() {
        return actor.role() == Role.MEMBER && actor.organization() != null
                || actor.role() == Role.PROMOTION_STAFF && !actor.clusterIds().isEmpty();
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("challenge.list.filter.text"));
        text.setId("challenge-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> data.refreshAll());
        cluster.setPlaceholder(getTranslation("challenge.list.filter.cluster"));
        cluster.setId("challenge-filter-cluster");
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh());
        cluster.setClearButtonVisible(true);
        cluster.setWidth("22em");
        cluster.addValueChangeListener(change -> data.refreshAll());
        area.setPlaceholder(getTranslation("challenge.list.filter.area"));
        area.setId("challenge-filter-area");
        area.setItems(TechnologyArea.values());
        area.setItemLabelGenerator(a -> Texts.enumValue(this, "challenge.area", a));
        area.setClearButtonVisible(true);
        area.addValueChangeListener(change -> data.refreshAll());
        status.setPlaceholder(getTranslation("challenge.list.filter.status"));
        status.setId("challenge-filter-status");
        status.setItems(ChallengeStatus.values());
        status.setItemLabelGenerator(s -> Texts.enumValue(this, "challenge.status", s));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> data.refreshAll());
    }

    private void configureGrid() {
        grid.setId("challenge-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(ChallengeSummary::title).setHeader(getTranslation("challenge.column.title")).setFlexGrow(3);
        grid.addColumn(c -> Texts.english() && c.clusterNameEn() != null ? c.clusterNameEn() : c.clusterNameZh())
                .setHeader(getTranslation("challenge.column.cluster")).setFlexGrow(2);
        grid.addColumn(c -> Texts.enumValue(this, "challenge.area", c.area()))
                .setHeader(getTranslation("challenge.column.area")).setFlexGrow(1);
        grid.addColumn(ChallengeSummary::postingOrganization)
                .setHeader(getTranslation("challenge.column.poster")).setFlexGrow(2);
        grid.addColumn(c -> c.budget().toPlainString()).setHeader(getTranslation("challenge.column.budget"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(c -> Texts.dateTime(this, c.bidsCloseAt()))
                .setHeader(getTranslation("challenge.column.closes")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(c -> Texts.enumValue(this, "challenge.status", c.status()))
                .setHeader(getTranslation("challenge.column.status")).setFlexGrow(1);
        grid.addColumn(ChallengeSummary::bidCount).setHeader(getTranslation("challenge.column.bids"))
                .setWidth("6em").setFlexGrow(0);
        grid.setItems(data);
        grid.addItemClickListener(click -> ChallengeDetailNavigation.open(click.getItem().challengeId()));
    }

    private ChallengeFilter filter() {
        return new ChallengeFilter(cluster.getValue() == null ? null : cluster.getValue().clusterId(),
                area.getValue(), status.getValue(), text.getValue());
    }

    private Stream<ChallengeSummary> fetch(Query<ChallengeSummary, Void> query) {
        return queries.one(new FindChallengesQuery(filter(), query.getOffset(), query.getLimit()),
                ChallengePage.class).items().stream();
    }

    private int count() {
        long matching = queries.one(new FindChallengesQuery(filter(), 0, 1), ChallengePage.class).total();
        total.setText(getTranslation("challenge.list.total", matching));
        return (int) Math.min(Integer.MAX_VALUE, matching);
    }

    /** Before a live refresh: wait until the read model includes the newest event of the batch. */
    private void catchUp(List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindChallengeQuery(ChallengeId.of(newest.aggregateId()), actor,
                newest.sequenceNumber()), ChallengeView.class);
    }

    private void openPostDialog() {
        List<ClusterSummary> postable = actor.role() == Role.PROMOTION_STAFF
                ? clusters.stream().filter(c -> actor.isStaffOf(c.clusterId().toString())).toList() : clusters;
        PostChallengeDialog dialog = new PostChallengeDialog(actor, postable,
                queries.one(new FindExpertPoolQuery(), ExpertPool.class).experts());
        dialog.onSave(command -> post(command, dialog));
        dialog.open();
    }

    private void post(PostChallengeCommand command, PostChallengeDialog dialog) {
        Optional<String> sent = commands.send(this, command, dialog::showFieldError);
        sent.ifPresent(correlation -> {
            dialog.close();
            CommandSender.success(this, getTranslation("challenge.post.done", command.title().strip()));
            queries.optional(new FindChallengeQuery(command.challengeId(), actor, 0), ChallengeView.class);
            ChallengeDetailNavigation.open(command.challengeId());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("challenge.list.title") + " · ClusterHub";
    }

    /** The cluster filter from the URL ({@code ?cluster=<id>}), e.g. from the province dashboard. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        java.util.List<String> given = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("cluster", java.util.List.of());
        if (!given.isEmpty() && !cluster.isReadOnly()) {
            clusters.stream().filter(c -> c.clusterId().toString().equals(given.get(0))).findFirst()
                    .ifPresent(cluster::setValue);
        }
    }
}
