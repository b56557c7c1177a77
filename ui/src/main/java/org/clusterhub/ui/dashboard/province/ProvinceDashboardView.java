package org.clusterhub.ui.dashboard.province;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.annotation.security.PermitAll;
import org.clusterhub.shared.CurrentActor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.dashboard.api.FindProvinceDashboardQuery;
import org.clusterhub.dashboard.api.ProvinceDashboard;
import org.clusterhub.dashboard.api.ProvinceDashboard.CityFigures;
import org.clusterhub.dashboard.api.ProvinceDashboard.ClusterFigures;
import org.clusterhub.dashboard.api.ProvinceDashboard.QuarterTrend;
import org.clusterhub.dashboard.api.ProvinceDashboard.Target;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.shared.AsOfDay;
import org.clusterhub.shared.City;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.project.library.ProjectLibraryNavigation;
import org.clusterhub.ui.support.AsOfControl;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The plan at a glance for supervisors (issue 7, point 5): the 2025 targets against where things stand, Shandong's
 * cities shaded by activity, figures per cluster and per city, and quarterly trends. Every figure is a link to the
 * filtered list behind it. A day can be picked to see everything as it stood at its end, rebuilt from the event store;
 * live, the screen refreshes when events arrive.
 *
 * @see <a href="../../../../../../../../../docs/decisions/016-province-dashboard.md">ADR 016</a>
 */
@Route(ProvinceDashboardNavigation.ROUTE)
@PermitAll
@JavaScript("context://webjars/echarts/4.1.0/dist/echarts.min.js")
@JavaScript("context://webjars/echarts/4.1.0/map/js/province/shandong.js")
public class ProvinceDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The statuses shown as columns: the library's main stages; the others add up in the total. */
    static final List<ProjectStatus> SHOWN = List.of(ProjectStatus.SUBMITTED, ProjectStatus.EXPERT_REVIEW,
            ProjectStatus.IN_PROGRESS, ProjectStatus.CLOSED);
    /** Events of these aggregates change the dashboard. */
    static final List<String> LIVE_TYPES = List.of("Project", "Cluster", "Zone", "Consortium", "Challenge",
            "Activity", "FundingProgramme");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Queries queries;
    private final AsOfControl asOf = new AsOfControl(this::asOfChanged);
    private final FlexLayout targets = new FlexLayout();
    private final ShandongMap map = new ShandongMap(this::openCity);
    private final Div trendChart = new Div();
    private final Grid<ClusterFigures> clusterGrid = new Grid<>();
    private final Grid<CityFigures> cityGrid = new Grid<>();
    private final Span computed = new Span();
    private LocalDate day;
    private volatile ProvinceDashboard shown;
    private final boolean allowed;

    public ProvinceDashboardView(Queries queries, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        setWidthFull();
        addClassName("province-dashboard");
        setId("province-dashboard");
        allowed = currentActor.require().isSupervisor();
        if (!allowed) {
            add(new H2(getTranslation("dashboard.title")));
            Paragraph refused = new Paragraph(getTranslation("dashboard.supervisorsOnly"));
            refused.setId("dashboard-refused");
            add(refused);
            return;
        }

        H2 heading = new H2(getTranslation("dashboard.title"));
        computed.setId("dashboard-computed");
        computed.addClassName("current-user");
        HorizontalLayout header = new HorizontalLayout(heading, computed, asOf);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setFlexGrow(1, computed);

        targets.setId("dashboard-targets");
        targets.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        targets.getStyle().set("gap", "var(--lumo-space-m)");
        targets.setWidthFull();

        trendChart.setId("trend-chart");
        trendChart.setWidthFull();
        trendChart.setHeight("320px");

        Div mapBox = box(getTranslation("dashboard.map.title"), map);
        Div trendBox = box(getTranslation("dashboard.trends.title"), trendChart);
        FlexLayout charts = new FlexLayout(mapBox, trendBox);
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        mapBox.getStyle().set("flex", "1 1 28rem");
        trendBox.getStyle().set("flex", "1 1 28rem");

        configureClusterGrid();
        configureCityGrid();
        Span unit = new Span(getTranslation("dashboard.unitNote"));
        unit.addClassName("current-user");
        add(header, asOf.banner(), targets, charts, new H3(getTranslation("dashboard.clusters.title")), unit,
                clusterGrid, new H3(getTranslation("dashboard.cities.title")), cityGrid);

        for (String type : LIVE_TYPES) {
            LiveRefresh.whileAttached(this, liveFeed, type, Duration.ofSeconds(1), Duration.ofSeconds(1),
                    batch -> { }, () -> {
                        if (day == null) {
                            show(load(null));
                        }
                    });
        }
    }

    // ---- loading ------------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!allowed) {
            return;
        }
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("asOf", List.of());
        LocalDate wanted = null;
        try {
            wanted = given.isEmpty() ? null : LocalDate.parse(given.get(0));
        } catch (RuntimeException malformed) {
            // An old or hand-made link: show live.
        }
        day = wanted;
        asOf.show(day);
        refresh();
    }

    private void asOfChanged(LocalDate changed) {
        day = changed;
        asOf.show(day);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ProvinceDashboardNavigation.ROUTE
                + (day == null ? "" : "?asOf=" + day)));
        refresh();
    }

    private void refresh() {
        if (day == null) {
            show(load(null));
            return;
        }
        LocalDate wanted = day;
        UI ui = getUI().orElse(UI.getCurrent());
        asOf.load(ui, () -> load(wanted), result -> {
            if (result != null && wanted.equals(day)) {
                show(result);
            }
        });
    }

    private ProvinceDashboard load(LocalDate at) {
        return queries.one(new FindProvinceDashboardQuery(at == null ? null : AsOfDay.endOf(at)),
                ProvinceDashboard.class);
    }

    /** What the screen shows now (for tests and the live refresh). */
    ProvinceDashboard shown() {
        return shown;
    }

    private void show(ProvinceDashboard dashboard) {
        shown = dashboard;
        computed.setText(dashboard.asOf() == null
                ? getTranslation("dashboard.live", Texts.dateTime(this, dashboard.computedAt()))
                : getTranslation("dashboard.asOf", day == null ? "" : day.toString()));
        showTargets(dashboard);
        clusterGrid.setItems(dashboard.clusters());
        cityGrid.setItems(dashboard.cities());
        drawMap(dashboard);
        drawTrends(dashboard.trends());
    }

    // ---- targets --------------------------------------------------------------------------------------------------

    private void showTargets(ProvinceDashboard dashboard) {
        targets.removeAll();
        targets.add(target("national-clusters", "dashboard.target.nationalClusters",
                dashboard.targets().nationalClusters(), clusters(Map.of("level", ClusterLevel.NATIONAL.name()))));
        targets.add(target("leading-clusters", "dashboard.target.leadingClusters",
                dashboard.targets().nationallyLeadingClusters(), clusters(Map.of("leading", "true",
                        "level", ClusterLevel.PROVINCIAL.name()))));
        targets.add(target("national-zones", "dashboard.target.nationalZones", dashboard.targets().nationalZones(),
                "zone-comparison"));
    }

    private Component target(String id, String key, Target target, String href) {
        Anchor figure = new Anchor(href, getTranslation("dashboard.target.figure", target.reached(), target.goal()));
        figure.setId("target-" + id);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span label = new Span(getTranslation(key));
        Span state = new Span(getTranslation(target.met() ? "dashboard.target.met" : "dashboard.target.open",
                Math.max(0, target.goal() - target.reached())));
        state.getElement().getThemeList().add(target.met() ? "badge success" : "badge contrast");
        Div card = new Div(label, new Div(figure), state);
        card.addClassName("dashboard-card");
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "16rem").set("flex", "1 1 16rem");
        return card;
    }

    // ---- grids ----------------------------------------------------------------------------------------------------

    private void configureClusterGrid() {
        clusterGrid.setId("cluster-figures");
        clusterGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        clusterGrid.setAllRowsVisible(true);
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(clusterName(c), "clusters/" + c.clusterId())))
                .setHeader(getTranslation("dashboard.column.cluster")).setFlexGrow(4).setWidth("16rem");
        clusterGrid.addColumn(c -> getTranslation("value." + c.level().name())
                        + (c.nationallyLeading() ? " · " + getTranslation("dashboard.leading") : ""))
                .setHeader(getTranslation("dashboard.column.level")).setWidth("8rem").setFlexGrow(0);
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.projects()),
                        library(ClusterId.of(c.clusterId()), null, null))))
                .setKey("projects").setHeader(getTranslation("dashboard.column.projects")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        for (ProjectStatus status : SHOWN) {
            clusterGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.projectsByStatus()
                            .getOrDefault(status, 0L)), library(ClusterId.of(c.clusterId()), null, status))))
                    .setKey(status.name()).setHeader(getTranslation("project.status." + status.name())).setWidth("5.5rem")
                    .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(amount(c.approvedBudget()),
                        library(ClusterId.of(c.clusterId()), null, null))))
                .setHeader(getTranslation("dashboard.column.approvedBudget")).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(amount(c.subsidyGranted()) + " / "
                        + amount(c.subsidyPaid()), "subsidies")))
                .setHeader(getTranslation("dashboard.column.subsidy")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(c.consortiaFounded() + " / " + c.consortia(),
                        "consortia?cluster=" + c.clusterId())))
                .setKey("consortia").setHeader(getTranslation("dashboard.column.consortia")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(c.challengesResolved() + " / " + c.challenges(),
                        "challenges?cluster=" + c.clusterId())))
                .setHeader(getTranslation("dashboard.column.challenges")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        clusterGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.activities()),
                        "activities?cluster=" + c.clusterId())))
                .setHeader(getTranslation("dashboard.column.activities")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private void configureCityGrid() {
        cityGrid.setId("city-figures");
        cityGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        cityGrid.setAllRowsVisible(true);
        cityGrid.addColumn(c -> Texts.city(this, c.city()) + (c.nationalZone()
                        ? " · " + getTranslation("dashboard.nationalZone") : ""))
                .setHeader(getTranslation("dashboard.column.city")).setWidth("9rem").setFlexGrow(1);
        cityGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.clusters()),
                        clusters(Map.of("city", c.city().name())))))
                .setHeader(getTranslation("dashboard.column.clusters")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        cityGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.projects()),
                        library(null, c.city(), null))))
                .setKey("projects").setHeader(getTranslation("dashboard.column.projects")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        for (ProjectStatus status : SHOWN) {
            cityGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.projectsByStatus()
                            .getOrDefault(status, 0L)), library(null, c.city(), status))))
                    .setHeader(getTranslation("project.status." + status.name())).setWidth("5.5rem")
                    .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        cityGrid.addColumn(new ComponentRenderer<>(c -> link(amount(c.approvedBudget()),
                        library(null, c.city(), null))))
                .setHeader(getTranslation("dashboard.column.approvedBudget")).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        cityGrid.addColumn(new ComponentRenderer<>(c -> link(amount(c.subsidyGranted()) + " / "
                        + amount(c.subsidyPaid()), "subsidies")))
                .setHeader(getTranslation("dashboard.column.subsidy")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        cityGrid.addColumn(new ComponentRenderer<>(c -> link(Long.toString(c.activities()),
                        "activities?city=" + c.city().name())))
                .setHeader(getTranslation("dashboard.column.activities")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    /** The library filtered by cluster, city and status, as it stood on the shown day when one is picked. */
    String library(ClusterId cluster, City city, ProjectStatus status) {
        return ProjectLibraryNavigation.location(new ProjectFilter(cluster, null, null, status, city, null, null,
                null, false, null), day);
    }

    private static String clusters(Map<String, String> filter) {
        return "clusters?" + QueryParameters.simple(new LinkedHashMap<>(filter)).getQueryString();
    }

    private Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName("dashboard-figure");
        return anchor;
    }

    private void openCity(City city) {
        getUI().ifPresent(ui -> ui.navigate(ProjectLibraryNavigation.ROUTE, QueryParameters.fromString(
                library(null, city, null).substring(ProjectLibraryNavigation.ROUTE.length() + 1))));
    }

    // ---- charts ---------------------------------------------------------------------------------------------------

    private void drawMap(ProvinceDashboard dashboard) {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (CityFigures c : dashboard.cities()) {
            String name = getTranslation(Locale.SIMPLIFIED_CHINESE, "city." + c.city().name());
            String tip = Texts.city(this, c.city()) + "<br>" + getTranslation("dashboard.map.tip", c.projects(),
                    c.activities(), amount(c.subsidyPaid()));
            areas.add(area(name, c, tip));
            if (c.city() == City.JINAN) {
                // The 2018 map still has 莱芜, merged into 济南 in 2019.
                areas.add(area("莱芜市", c, tip));
            }
        }
        map.draw(json(areas), getTranslation("dashboard.map.legend"));
    }

    private static Map<String, Object> area(String name, CityFigures c, String tip) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("name", name);
        area.put("value", c.activityScore());
        area.put("city", c.city().name());
        area.put("tip", tip);
        return area;
    }

    private void drawTrends(List<QuarterTrend> trends) {
        List<String> quarters = trends.stream().map(QuarterTrend::label).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 50, "top", 40, "bottom", 30));
        option.put("xAxis", Map.of("type", "category", "data", quarters));
        option.put("yAxis", List.of(Map.of("type", "value", "minInterval", 1),
                Map.of("type", "value", "name", getTranslation("dashboard.unit"))));
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(series("dashboard.trend.projectsApproved", "bar", 0, trends, t -> t.projectsApproved()));
        series.add(series("dashboard.trend.consortiaFounded", "bar", 0, trends, t -> t.consortiaFounded()));
        series.add(series("dashboard.trend.challengesResolved", "bar", 0, trends, t -> t.challengesResolved()));
        series.add(series("dashboard.trend.activitiesPublished", "bar", 0, trends, t -> t.activitiesPublished()));
        series.add(series("dashboard.trend.subsidyPaid", "line", 1, trends, t -> t.subsidyPaid()));
        option.put("series", series);
        trendChart.getElement().executeJs("""
                const el = $0; const option = JSON.parse($1);
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 100); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  chart.setOption(option, true);
                  // The card gets its size after the chart is made: follow every size the element takes.
                  if (!el.__resized) { el.__resized = new ResizeObserver(() => chart.resize()); el.__resized.observe(el); }
                };
                draw();""", trendChart.getElement(), json(option));
    }

    private Map<String, Object> series(String key, String type, int axis, List<QuarterTrend> trends,
                                       Function<QuarterTrend, Object> value) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", getTranslation(key));
        s.put("type", type);
        s.put("yAxisIndex", axis);
        s.put("data", trends.stream().map(value).toList());
        return s;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static Div box(String title, Component content) {
        Div box = new Div(new H3(title), content);
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return box;
    }

    private String clusterName(ClusterFigures c) {
        return Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · ClusterHub";
    }
}
