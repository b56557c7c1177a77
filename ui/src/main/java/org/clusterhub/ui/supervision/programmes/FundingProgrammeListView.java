package org.clusterhub.ui.supervision.programmes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.subsidy.api.FindFundingProgrammeQuery;
import org.clusterhub.subsidy.api.FindFundingProgrammesQuery;
import org.clusterhub.subsidy.api.FundingProgrammeFilter;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.FundingProgrammePage;
import org.clusterhub.subsidy.api.FundingProgrammeSummary;
import org.clusterhub.subsidy.api.FundingProgrammeView;
import org.clusterhub.subsidy.api.ProgrammeKind;
import org.clusterhub.subsidy.api.ProgrammeStatus;
import org.clusterhub.ui.supervision.grants.GrantDetails;
import org.clusterhub.ui.supervision.grants.MyGrantsNavigation;
import org.clusterhub.ui.supervision.programme.ProgrammeNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The province's funding programmes (奖补资金) for supervisors: each year's programmes with budget, committed, paid
 * and remaining (万元), filtered and paged on the server, with the totals of everything the filter matches; new
 * programmes are defined here. Grants and payments made anywhere refresh the figures live. Others are pointed to the
 * grants they may read.
 */
@Route(FundingProgrammesNavigation.ROUTE)
@PermitAll
public class FundingProgrammeListView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final Queries queries;
    private final CommandSender commands;
    private final Grid<FundingProgrammeSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Select<ProgrammeKind> kind = new Select<>();
    private final Select<ProgrammeStatus> status = new Select<>();
    private final Span totals = new Span();
    private final CallbackDataProvider<FundingProgrammeSummary, Void> data;

    public FundingProgrammeListView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                                    CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        Actor actor = currentActor.require();
        setSizeFull();
        addClassName("funding-programmes");
        data = DataProvider.fromCallbacks(this::fetch, query -> count());
        H2 heading = new H2(getTranslation("subsidy.list.title"));
        if (!actor.isSupervisor()) {
            Paragraph refused = new Paragraph(getTranslation("subsidy.list.supervisorsOnly"));
            refused.setId("programmes-refused");
            add(heading, refused, new Anchor(MyGrantsNavigation.ROUTE, getTranslation("nav.myGrants")));
            return;
        }
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        Button define = new Button(getTranslation("subsidy.define.button"), VaadinIcon.PLUS.create(),
                click -> openDefineDialog());
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        define.setId("define-programme");
        header.add(define);
        configureFilters();
        configureGrid();
        FlexLayout filters = new FlexLayout(text, year, kind, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        totals.setId("programme-totals");
        add(header, filters, totals, grid);
        setFlexGrow(1, grid);
        LiveRefresh.whileAttached(this, liveFeed, "FundingProgramme", Duration.ofMillis(300), this::catchUp,
                data::refreshAll);
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("subsidy.filter.programmeText"));
        text.setId("programme-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("16rem");
        int now = Year.now(Texts.SHANGHAI).getValue();
        year.setItems(IntStream.rangeClosed(2021, now + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("subsidy.filter.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("subsidy.filter.allYears") : String.valueOf(y));
        year.setId("programme-year-filter");
        kind.setItems(ProgrammeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("subsidy.filter.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("subsidy.filter.allKinds")
                : getTranslation("subsidy.kind." + k.name()));
        kind.setId("programme-kind-filter");
        status.setItems(ProgrammeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("subsidy.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("subsidy.filter.allStatuses")
                : getTranslation("subsidy.status." + s.name()));
        status.setId("programme-status-filter");
        text.addValueChangeListener(e -> data.refreshAll());
        year.addValueChangeListener(e -> data.refreshAll());
        kind.addValueChangeListener(e -> data.refreshAll());
        status.addValueChangeListener(e -> data.refreshAll());
    }

    private void configureGrid() {
        grid.setId("programme-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(FundingProgrammeSummary::year).setHeader(getTranslation("subsidy.column.year"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(FundingProgrammeSummary::name).setHeader(getTranslation("subsidy.column.programme"))
                .setWidth("16rem").setFlexGrow(4).setTooltipGenerator(FundingProgrammeSummary::name);
        grid.addColumn(p -> getTranslation("subsidy.kind." + p.kind().name()))
                .setHeader(getTranslation("subsidy.column.kind")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(p -> GrantDetails.wan(p.budget())).setHeader(getTranslation("subsidy.column.budget"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(p -> GrantDetails.wan(p.committed())).setHeader(getTranslation("subsidy.column.committed"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0).setKey("committed");
        grid.addColumn(p -> GrantDetails.wan(p.paid())).setHeader(getTranslation("subsidy.column.paid"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0).setKey("paid");
        grid.addColumn(p -> GrantDetails.wan(p.remaining())).setHeader(getTranslation("subsidy.column.remaining"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(FundingProgrammeSummary::grantCount).setHeader(getTranslation("subsidy.column.grants"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(p -> getTranslation("subsidy.status." + p.status().name()))
                .setHeader(getTranslation("subsidy.column.status")).setWidth("6rem").setFlexGrow(0);
        grid.setItems(data);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ProgrammeNavigation.open(ui, click.getItem().programmeId())));
    }

    FundingProgrammeFilter filter() {
        return new FundingProgrammeFilter(year.getValue(), kind.getValue(), status.getValue(), text.getValue());
    }

    private Stream<FundingProgrammeSummary> fetch(Query<FundingProgrammeSummary, Void> query) {
        return queries.one(new FindFundingProgrammesQuery(filter(), query.getOffset(), Math.max(1, query.getLimit())),
                FundingProgrammePage.class).items().stream();
    }

    private int count() {
        FundingProgrammePage first = queries.one(new FindFundingProgrammesQuery(filter(), 0, 1),
                FundingProgrammePage.class);
        totals.setText(getTranslation("subsidy.list.totals", first.total(), GrantDetails.wan(first.totals().budget()),
                GrantDetails.wan(first.totals().committed()), GrantDetails.wan(first.totals().paid()),
                GrantDetails.wan(first.totals().remaining())));
        return (int) Math.min(Integer.MAX_VALUE, first.total());
    }

    /** Off the UI thread: wait until the read model has the newest event, so that the refresh shows it. */
    private void catchUp(List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindFundingProgrammeQuery(FundingProgrammeId.of(newest.aggregateId()),
                newest.sequenceNumber()), FundingProgrammeView.class);
    }

    private void openDefineDialog() {
        new DefineProgrammeDialog((command, dialog) -> {
            boolean sent = commands.send(this, command, dialog::showFieldError).isPresent();
            if (sent) {
                CommandSender.success(this, getTranslation("subsidy.define.done", command.name().strip()));
                queries.optional(new FindFundingProgrammeQuery(command.programmeId(), 0), FundingProgrammeView.class);
                getUI().ifPresent(ui -> ProgrammeNavigation.open(ui, command.programmeId()));
            }
            return sent;
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.list.title") + " · ClusterHub";
    }
}
