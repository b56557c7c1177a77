package org.clusterhub.ui.supervision.grants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.subsidy.api.FindFundingProgrammeQuery;
import org.clusterhub.subsidy.api.FindGrantQuery;
import org.clusterhub.subsidy.api.FindGrantsQuery;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.FundingProgrammeView;
import org.clusterhub.subsidy.api.GrantFilter;
import org.clusterhub.subsidy.api.GrantPage;
import org.clusterhub.subsidy.api.GrantState;
import org.clusterhub.subsidy.api.GrantView;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The grants (奖补) a person may read, as they stand now: promotion staff those of their clusters, members those to
 * their organization, coordinators those of their city, supervisors all. Filtered and paged on the server; a grant,
 * a condition met or a payment recorded anywhere (any node) shows here within a second, without reloading. A row
 * opens the grant's tranches and history.
 */
@Route(MyGrantsNavigation.ROUTE)
@PermitAll
public class MyGrantsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final Queries queries;
    private final Actor actor;
    private final Grid<GrantView> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final Select<GrantState> state = new Select<>();
    private final TextField text = new TextField();
    private final Span totals = new Span();
    private final CallbackDataProvider<GrantView, Void> data;
    /** The grant whose details are open, followed live while its dialog is open. */
    private Dialog open;
    private GrantDetails openDetails;
    private GrantView openGrant;

    public MyGrantsView(Queries queries, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.actor = currentActor.require();
        setSizeFull();
        addClassName("my-grants");
        data = DataProvider.fromCallbacks(this::fetch, query -> count());
        add(new H2(getTranslation("subsidy.mine.title")));
        if (actor.role() == Role.EXPERT) {
            Paragraph none = new Paragraph(getTranslation("subsidy.mine.noScope"));
            none.setId("my-grants-none");
            add(none);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("subsidy.mine.intro." + actor.role().name()));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        configureFilters();
        configureGrid();
        FlexLayout filters = new FlexLayout(text, year, state);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        totals.setId("my-grants-totals");
        add(intro, filters, totals, grid);
        setFlexGrow(1, grid);
        LiveRefresh.whileAttached(this, liveFeed, "FundingProgramme", Duration.ofMillis(200), this::catchUp,
                this::refresh);
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("subsidy.filter.grantText"));
        text.setId("my-grants-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("18rem");
        int now = Year.now(Texts.SHANGHAI).getValue();
        year.setItems(IntStream.rangeClosed(2021, now + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("subsidy.filter.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("subsidy.filter.allYears") : String.valueOf(y));
        year.setId("my-grants-year");
        state.setItems(GrantState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("subsidy.filter.allGrantStates"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("subsidy.filter.allGrantStates")
                : getTranslation("subsidy.grantState." + s.name()));
        state.setId("my-grants-state");
        text.addValueChangeListener(e -> data.refreshAll());
        year.addValueChangeListener(e -> data.refreshAll());
        state.addValueChangeListener(e -> data.refreshAll());
    }

    private void configureGrid() {
        grid.setId("my-grants-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(GrantView::year).setHeader(getTranslation("subsidy.column.year")).setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(GrantView::programmeName).setHeader(getTranslation("subsidy.column.programme"))
                .setWidth("10rem").setFlexGrow(2).setTooltipGenerator(GrantView::programmeName);
        grid.addColumn(g -> GrantDetails.recipient(this, g)).setHeader(getTranslation("subsidy.column.recipient"))
                .setWidth("12rem").setFlexGrow(3).setTooltipGenerator(g -> GrantDetails.recipient(this, g));
        grid.addColumn(g -> g.projectTitle() == null ? "" : g.projectTitle())
                .setHeader(getTranslation("subsidy.column.project")).setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(g -> g.projectTitle() == null ? "" : g.projectTitle());
        grid.addColumn(g -> GrantDetails.wan(g.amount())).setHeader(getTranslation("subsidy.column.granted"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(g -> GrantDetails.wan(g.paid())).setHeader(getTranslation("subsidy.column.paid"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0).setKey("paid");
        grid.addColumn(g -> GrantDetails.trancheStates(this, g)).setHeader(getTranslation("subsidy.column.tranches"))
                .setWidth("11rem").setFlexGrow(2).setKey("tranches").setTooltipGenerator(g -> GrantDetails.trancheStates(this, g));
        grid.addColumn(g -> getTranslation("subsidy.grantState." + g.state().name()))
                .setHeader(getTranslation("subsidy.column.state")).setWidth("6.5rem").setFlexGrow(0);
        grid.setItems(data);
        grid.addItemClickListener(click -> openGrant(click.getItem()));
    }

    GrantFilter filter() {
        return new GrantFilter(null, year.getValue(), null, null, null, null, state.getValue(), text.getValue());
    }

    private Stream<GrantView> fetch(Query<GrantView, Void> query) {
        return queries.one(new FindGrantsQuery(filter(), actor, query.getOffset(), Math.max(1, query.getLimit())),
                GrantPage.class).items().stream();
    }

    private int count() {
        GrantPage first = queries.one(new FindGrantsQuery(filter(), actor, 0, 1), GrantPage.class);
        totals.setText(getTranslation("subsidy.mine.totals", first.total(), GrantDetails.wan(first.granted()),
                GrantDetails.wan(first.paid())));
        return (int) Math.min(Integer.MAX_VALUE, first.total());
    }

    /** Off the UI thread: wait until the read model has the programme's newest event, so that the refresh shows it. */
    private void catchUp(List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindFundingProgrammeQuery(FundingProgrammeId.of(newest.aggregateId()),
                newest.sequenceNumber()), FundingProgrammeView.class);
    }

    private void refresh() {
        data.refreshAll();
        if (open != null && open.isOpened()) {
            queries.optional(new FindGrantQuery(openGrant.grantId(), actor), GrantView.class).ifPresent(fresh -> {
                openGrant = fresh;
                openDetails.show(fresh);
            });
        }
    }

    private void openGrant(GrantView grant) {
        openDetails = new GrantDetails(queries, null);
        openDetails.show(grant);
        openGrant = grant;
        open = new Dialog(openDetails);
        open.setHeaderTitle(getTranslation("subsidy.grant.title", grant.organization()));
        open.setId("grant-dialog");
        open.setWidth("min(60rem, 95vw)");
        open.getFooter().add(new Button(getTranslation("subsidy.close"), click -> open.close()));
        open.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.mine.title") + " · ClusterHub";
    }
}
