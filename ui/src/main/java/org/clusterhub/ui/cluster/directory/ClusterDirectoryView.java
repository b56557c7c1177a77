package org.clusterhub.ui.cluster.directory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.cluster.detail.ClusterDetailNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/** The plan's clusters, filtered (text, city, level) and paged on the server; live when any cluster changes. */
@Route(ClusterDirectoryNavigation.ROUTE)
@RouteAlias("")
@PermitAll
public class ClusterDirectoryView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final Queries queries;
    private final CommandSender commands;
    private final LiveFeed liveFeed;
    private final CurrentActor currentActor;
    private final Grid<ClusterSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<City> city = new ComboBox<>();
    private final Select<ClusterLevel> level = new Select<>();
    private final Checkbox includeRetired = new Checkbox();
    /** Only clusters with a standing 国内领先 assessment (the dashboard's target links here). */
    private final Checkbox leadingOnly = new Checkbox();
    private final Span total = new Span();
    private final ConfigurableFilterDataProvider<ClusterSummary, Void, FindClustersQuery> data;

    public ClusterDirectoryView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                                CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.liveFeed = liveFeed;
        this.currentActor = currentActor;
        setSizeFull();
        addClassName("cluster-directory");

        text.setPlaceholder(getTranslation("cluster.directory.search"));
        text.setId("cluster-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setPlaceholder(getTranslation("cluster.directory.city"));
        city.setClearButtonVisible(true);
        city.setId("cluster-city-filter");
        level.setItems(ClusterLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("cluster.directory.allLevels")
                : Texts.enumValue(this, "value", l));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("cluster.directory.allLevels"));
        level.setId("cluster-level-filter");
        includeRetired.setLabel(getTranslation("cluster.directory.includeRetired"));
        leadingOnly.setLabel(getTranslation("cluster.directory.leadingOnly"));
        leadingOnly.setId("cluster-leading-filter");

        CallbackDataProvider<ClusterSummary, FindClustersQuery> backend = DataProvider.fromFilteringCallbacks(
                query -> page(query.getFilter(), query.getOffset(), query.getLimit()).items().stream(),
                query -> {
                    long count = page(query.getFilter(), 0, 1).total();
                    ui().ifPresent(ui -> total.setText(getTranslation("cluster.directory.total", count)));
                    return (int) count;
                });
        data = backend.withConfigurableFilter();
        text.addValueChangeListener(e -> applyFilter());
        city.addValueChangeListener(e -> applyFilter());
        level.addValueChangeListener(e -> applyFilter());
        includeRetired.addValueChangeListener(e -> applyFilter());
        leadingOnly.addValueChangeListener(e -> applyFilter());

        grid.setId("cluster-grid");
        grid.addColumn(s -> s.planNumber() == null ? "" : s.planNumber()).setHeader("#").setWidth("4rem")
                .setFlexGrow(0);
        grid.addColumn(this::name).setHeader(getTranslation("cluster.field.name")).setWidth("20rem").setFlexGrow(3);
        grid.addColumn(s -> Texts.enumValue(this, "value", s.level())).setHeader(getTranslation("cluster.field.level"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(s -> english() && s.promotionOrganizationEn() != null ? s.promotionOrganizationEn()
                : s.promotionOrganizationZh()).setHeader(getTranslation("cluster.field.promotionOrganization"))
                .setFlexGrow(2);
        grid.addColumn(s -> Texts.cities(this, s.centerCities())).setHeader(getTranslation("cluster.field.centerCities"))
                .setFlexGrow(1);
        grid.addColumn(s -> Texts.cities(this, s.keyCities())).setHeader(getTranslation("cluster.field.keyCities"))
                .setFlexGrow(2);
        grid.addColumn(ClusterSummary::memberCount).setHeader(getTranslation("cluster.field.memberCount"))
                .setWidth("7rem").setFlexGrow(0);
        grid.setPageSize(20);
        grid.setItems(data);
        grid.setClassNameGenerator(s -> s.retired() ? "retired" : null);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ClusterDetailNavigation.ROUTE + "/"
                + click.getItem().clusterId()));

        HorizontalLayout filters = new HorizontalLayout(text, city, level, leadingOnly, includeRetired, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        text.setWidth("22rem");
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("cluster.directory.title")));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentActor.get().map(a -> a.role() == Role.SUPERVISOR).orElse(false)) {
            Button add = new Button(getTranslation("cluster.directory.add"), VaadinIcon.PLUS.create(),
                    click -> new RegisterClusterDialog(this::register).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-cluster");
            heading.add(add);
        }
        add(heading, filters, grid);
        setFlexGrow(1, grid);
        LiveLink.whileAttached(this, ui -> liveFeed.subscribeToType("Cluster", event -> {
            // Wait until that cluster's read model includes the event, then refresh the visible page.
            queries.optional(new FindClusterQuery(ClusterId.of(event.aggregateId()), event.sequenceNumber()), ClusterDetails.class);
            ui.access(data::refreshAll);
        }));
    }

    private ClusterPage page(Optional<FindClustersQuery> filter, int offset, int limit) {
        FindClustersQuery base = filter.orElse(new FindClustersQuery(null, null, null, false, 0, 1));
        return queries.one(new FindClustersQuery(base.text(), base.city(), base.level(), base.includeRetired(),
                offset, Math.max(1, Math.min(limit, 500)), base.nationallyLeading()), ClusterPage.class);
    }

    private void applyFilter() {
        data.setFilter(new FindClustersQuery(text.getValue(), city.getValue(), level.getValue(),
                includeRetired.getValue(), 0, 1, leadingOnly.getValue() ? Boolean.TRUE : null));
    }

    /** Filters from the URL ({@code clusters?level=NATIONAL&city=JINAN&leading=true}), e.g. from the dashboard. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        java.util.Map<String, java.util.List<String>> given = event.getLocation().getQueryParameters().getParameters();
        level.setValue(parse(given, "level", ClusterLevel::valueOf));
        city.setValue(parse(given, "city", City::valueOf));
        leadingOnly.setValue(Boolean.TRUE.equals(parse(given, "leading", Boolean::valueOf)));
        applyFilter();
    }

    private static <T> T parse(java.util.Map<String, java.util.List<String>> given, String name,
                               java.util.function.Function<String, T> parser) {
        java.util.List<String> values = given.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(values.get(0));
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private boolean english() {
        return Texts.english();
    }

    private String name(ClusterSummary s) {
        return english() && s.nameEn() != null ? s.nameEn() : s.nameZh();
    }

    private Optional<UI> ui() {
        return getUI();
    }

    private boolean register(RegisterClusterCommand command, RegisterClusterDialog dialog) {
        Optional<String> sent = commands.send(this, command, dialog::showFieldError);
        sent.ifPresent(id -> {
            CommandSender.success(this, getTranslation("cluster.directory.added", command.nameZh()));
            queries.optional(new FindClusterQuery(command.clusterId(), 0), ClusterDetails.class);
            data.refreshAll();
        });
        return sent.isPresent();
    }



    @Override
    public String getPageTitle() {
        return getTranslation("cluster.directory.title") + " · ClusterHub";
    }

}
