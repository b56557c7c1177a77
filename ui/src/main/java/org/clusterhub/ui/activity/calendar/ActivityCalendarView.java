package org.clusterhub.ui.activity.calendar;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterhub.activity.api.ActivityFilter;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityPage;
import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.activity.api.ActivitySummary;
import org.clusterhub.activity.api.FindActivitiesQuery;
import org.clusterhub.activity.export.ActivityCalendar;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.activity.ActivityScope;
import org.clusterhub.ui.activity.ActivityTexts;
import org.clusterhub.ui.activity.Downloads;
import org.clusterhub.ui.activity.detail.ActivityDetailNavigation;
import org.clusterhub.ui.activity.figures.ActivityFiguresNavigation;
import org.clusterhub.ui.activity.mine.MyActivitiesNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * Every cluster's activities in a month grid or a list, filtered by city, cluster, kind and text on the server;
 * exported as iCalendar with the same filter; live when any activity changes, on any node. Promotion staff and
 * supervisors plan new activities from here.
 */
@Route(ActivityCalendarNavigation.ROUTE)
@PermitAll
public class ActivityCalendarView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    static final int MONTH_LIMIT = 500;

    private final Queries queries;
    private final CommandSender commands;
    private final Optional<Actor> actor;
    private final ComboBox<City> city = new ComboBox<>();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final Select<ActivityKind> kind = new Select<>();
    private final TextField text = new TextField();
    private final Tabs mode = new Tabs();
    private final Tab monthTab = new Tab();
    private final Tab listTab = new Tab();
    private final Span monthLabel = new Span();
    private final Div month = new Div();
    private final Grid<ActivitySummary> list = new Grid<>();
    private final Span total = new Span();
    private final HorizontalLayout monthBar;
    private YearMonth shown = YearMonth.now(Texts.SHANGHAI);

    public ActivityCalendarView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                                CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.get();
        setSizeFull();
        addClassName("activity-calendar");

        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setPlaceholder(getTranslation("activity.calendar.city"));
        city.setClearButtonVisible(true);
        city.setId("activity-city-filter");
        cluster.setItems(ActivityScope.clusters(queries));
        cluster.setItemLabelGenerator(ActivityTexts::cluster);
        cluster.setPlaceholder(getTranslation("activity.calendar.cluster"));
        cluster.setClearButtonVisible(true);
        cluster.setWidth("18rem");
        cluster.setId("activity-cluster-filter");
        kind.setItems(ActivityKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("activity.calendar.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("activity.calendar.allKinds")
                : Texts.enumValue(this, "activity.kind", k));
        kind.setId("activity-kind-filter");
        text.setPlaceholder(getTranslation("activity.calendar.search"));
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("activity-search");
        city.addValueChangeListener(e -> refresh());
        cluster.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        monthTab.setLabel(getTranslation("activity.calendar.month"));
        monthTab.setId("mode-month");
        listTab.setLabel(getTranslation("activity.calendar.list"));
        listTab.setId("mode-list");
        mode.add(monthTab, listTab);
        mode.addSelectedChangeListener(e -> showMode());

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> move(-1));
        previous.setId("month-previous");
        previous.setAriaLabel(getTranslation("activity.calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> move(1));
        next.setId("month-next");
        next.setAriaLabel(getTranslation("activity.calendar.next"));
        Button today = new Button(getTranslation("activity.calendar.today"), click -> {
            shown = YearMonth.now(Texts.SHANGHAI);
            refresh();
        });
        monthLabel.setId("month-label");
        monthLabel.getStyle().set("font-weight", "600").set("min-width", "9rem").set("text-align", "center");
        monthBar = new HorizontalLayout(previous, monthLabel, next, today);
        monthBar.setAlignItems(FlexComponent.Alignment.CENTER);

        month.setId("activity-month");
        month.setWidthFull();
        month.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "1px").set("background", "var(--lumo-contrast-10pct)")
                .set("border", "1px solid var(--lumo-contrast-10pct)");

        list.setId("activity-list");
        list.addColumn(a -> ActivityTexts.when(this, a.startsAt(), a.endsAt()))
                .setHeader(getTranslation("activity.column.when")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(ActivitySummary::title).setHeader(getTranslation("activity.column.title")).setFlexGrow(3);
        list.addColumn(a -> Texts.enumValue(this, "activity.kind", a.kind()))
                .setHeader(getTranslation("activity.column.kind")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(a -> ActivityTexts.cluster(a.clusterNameZh(), a.clusterNameEn()))
                .setHeader(getTranslation("activity.column.cluster")).setFlexGrow(2);
        list.addColumn(a -> ActivityTexts.place(this, a)).setHeader(getTranslation("activity.column.place"))
                .setFlexGrow(2);
        list.addColumn(a -> a.confirmed() + " / " + a.capacity() + (a.waiting() > 0
                        ? " (+" + a.waiting() + ")" : ""))
                .setHeader(getTranslation("activity.column.seats")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(a -> Texts.enumValue(this, "activity.status", a.status()))
                .setHeader(getTranslation("activity.column.status")).setAutoWidth(true).setFlexGrow(0);
        list.addItemClickListener(e -> open(e.getItem()));
        CallbackDataProvider<ActivitySummary, Void> data = DataProvider.fromCallbacks(
                q -> queries.one(new FindActivitiesQuery(listFilter(), q.getOffset(), q.getLimit()),
                        ActivityPage.class).items().stream(),
                q -> {
                    long count = queries.one(new FindActivitiesQuery(listFilter(), 0, 1), ActivityPage.class).total();
                    if (list.isVisible()) {
                        total.setText(getTranslation("activity.calendar.total", count));
                    }
                    return (int) Math.min(count, Integer.MAX_VALUE);
                });
        list.setItems(data);
        list.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(city, cluster, kind, text);
        filters.setWrap(true);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("activity.calendar.title")));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        if (ActivityScope.mayPlan(actor)) {
            Button plan = new Button(getTranslation("activity.action.plan"), VaadinIcon.PLUS.create(),
                    click -> openPlan());
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.setId("action-plan");
            heading.add(plan);
        }
        Anchor ics = Downloads.link("export-ics", getTranslation("activity.calendar.ics"), VaadinIcon.CALENDAR_O,
                "clusterhub-activities.ics", "text/calendar;charset=UTF-8", this::icsFile);
        Anchor figures = new Anchor(ActivityFiguresNavigation.ROUTE, getTranslation("activity.calendar.figures"));
        figures.setId("link-figures");
        heading.add(ics, figures);
        if (ActivityScope.isMember(actor)) {
            Anchor mine = new Anchor(MyActivitiesNavigation.ROUTE, getTranslation("activity.calendar.mine"));
            mine.setId("link-mine");
            heading.add(mine);
        }
        add(heading, filters, new HorizontalLayout(mode, monthBar, total), month, list);
        setFlexGrow(1, list);
        showMode();
        LiveLink.whileAttached(this, ui -> liveFeed.subscribeToType("Activity",
                event -> ui.access(this::refresh)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    private void move(int months) {
        shown = shown.plusMonths(months);
        refresh();
    }

    private void showMode() {
        boolean monthMode = mode.getSelectedTab() == monthTab;
        month.setVisible(monthMode);
        list.setVisible(!monthMode);
        refresh();
    }

    private void refresh() {
        monthLabel.setText(DateTimeFormatter.ofPattern(getTranslation("activity.format.month"), Texts.locale())
                .format(shown));
        if (month.isVisible()) {
            renderMonth();
        } else {
            list.getDataProvider().refreshAll();
        }
    }

    private ActivityFilter filter(Instant from, Instant to) {
        return ActivityScope.filter(actor, from, to, city.getValue(),
                cluster.getValue() == null ? null : cluster.getValue().clusterId(), kind.getValue(), text.getValue());
    }

    /** The list shows the shown month and everything after it, soonest first. */
    private ActivityFilter listFilter() {
        return filter(shown.atDay(1).atStartOfDay(Texts.SHANGHAI).toInstant(), null);
    }

    private void renderMonth() {
        month.removeAll();
        Instant from = shown.atDay(1).atStartOfDay(Texts.SHANGHAI).toInstant();
        Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(Texts.SHANGHAI).toInstant();
        ActivityPage page = queries.one(new FindActivitiesQuery(filter(from, to), 0, MONTH_LIMIT), ActivityPage.class);
        total.setText(getTranslation("activity.calendar.total", page.total()));
        Map<LocalDate, List<ActivitySummary>> byDay = page.items().stream()
                .collect(Collectors.groupingBy(a -> LocalDate.ofInstant(a.startsAt(), Texts.SHANGHAI)));
        for (DayOfWeek day : DayOfWeek.values()) {
            Div head = new Div(new Span(day.getDisplayName(java.time.format.TextStyle.SHORT, Texts.locale())));
            head.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "0.25rem")
                    .set("font-size", "var(--lumo-font-size-s)").set("text-align", "center");
            month.add(head);
        }
        LocalDate first = shown.atDay(1);
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            month.add(cell(null, List.of()));
        }
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate date = shown.atDay(d);
            month.add(cell(date, byDay.getOrDefault(date, List.of())));
        }
        for (int trailing = shown.atEndOfMonth().getDayOfWeek().getValue(); trailing < 7; trailing++) {
            month.add(cell(null, List.of()));
        }
    }

    private Div cell(LocalDate date, List<ActivitySummary> activities) {
        Div cell = new Div();
        cell.getStyle().set("background", "var(--lumo-base-color)").set("min-height", "5.5rem")
                .set("padding", "0.25rem").set("overflow", "hidden");
        if (date == null) {
            return cell;
        }
        cell.setId("day-" + date);
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        number.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (date.equals(LocalDate.now(Texts.SHANGHAI))) {
            number.getStyle().set("font-weight", "700").set("color", "var(--lumo-primary-text-color)");
        }
        cell.add(number);
        for (ActivitySummary activity : activities) {
            Span entry = new Span(DateTimeFormatter.ofPattern("HH:mm").withZone(Texts.SHANGHAI)
                    .format(activity.startsAt()) + " " + activity.title());
            entry.getElement().setAttribute("title", activity.title() + " · " + ActivityTexts.place(this, activity));
            entry.addClassName("activity-entry");
            entry.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                    .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                    .set("cursor", "pointer").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("padding", "0 0.25rem").set("margin-top", "2px")
                    .set("background", background(activity))
                    .set("text-decoration", activity.status() == ActivityStatus.CANCELLED ? "line-through" : "none");
            entry.addClickListener(click -> open(activity));
            cell.add(entry);
        }
        return cell;
    }

    private static String background(ActivitySummary activity) {
        if (activity.status() == ActivityStatus.PLANNED) {
            return "var(--lumo-contrast-10pct)";
        }
        return switch (activity.kind()) {
            case MATCHMAKING -> "var(--lumo-primary-color-10pct)";
            case TRAINING -> "var(--lumo-success-color-10pct)";
            case EXHIBITION -> "var(--lumo-warning-color-10pct, #fff3d6)";
            case OTHER -> "var(--lumo-contrast-5pct)";
        };
    }

    private void open(ActivitySummary activity) {
        UI.getCurrent().navigate(ActivityDetailNavigation.location(activity.activityId()));
    }

    private byte[] icsFile(Locale locale) {
        List<ActivitySummary> all = new ArrayList<>(queries.one(new FindActivitiesQuery(listFilter(), 0, 2000),
                ActivityPage.class).items());
        String ics = ActivityCalendar.write(all, Instant.now(),
                a -> "[" + getTranslation(locale, "activity.kind." + a.kind()) + "] " + a.title(),
                a -> getTranslation(locale, "city." + a.city()) + (a.online()
                        ? " · " + getTranslation(locale, "activity.online") : a.venue() == null ? "" : " · " + a.venue()),
                a -> "/" + ActivityDetailNavigation.location(a.activityId()));
        return ics.getBytes(StandardCharsets.UTF_8);
    }

    private void openPlan() {
        PlanActivityDialog dialog = new PlanActivityDialog(ActivityScope.plannableClusters(queries, actor), null);
        dialog.addSaveListener(save -> commands.send(this, dialog.planCommand(), dialog::showFieldError)
                .ifPresent(id -> {
                    dialog.close();
                    CommandSender.success(this, getTranslation("activity.action.planned"));
                    // The page reads the read model: wait (briefly) until the projection has the new activity.
                    queries.optional(new org.clusterhub.activity.api.FindActivityQuery(dialog.activityId(), 0),
                            org.clusterhub.activity.api.ActivityView.class);
                    UI.getCurrent().navigate(ActivityDetailNavigation.location(dialog.activityId()));
                }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.calendar.title") + " · ClusterHub";
    }

    /** Cluster and city filters from the URL ({@code ?cluster=<id>&city=JINAN}), e.g. from the province dashboard. */
    @Override
    @SuppressWarnings("unchecked")
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        java.util.Map<String, java.util.List<String>> given = event.getLocation().getQueryParameters()
                .getParameters();
        java.util.List<String> clusterId = given.getOrDefault("cluster", java.util.List.of());
        if (!clusterId.isEmpty() && !cluster.isReadOnly()) {
            ((com.vaadin.flow.data.provider.ListDataProvider<ClusterSummary>) cluster.getDataProvider()).getItems()
                    .stream().filter(c -> c.clusterId().toString().equals(clusterId.get(0))).findFirst()
                    .ifPresent(cluster::setValue);
        }
        java.util.List<String> cityName = given.getOrDefault("city", java.util.List.of());
        if (!cityName.isEmpty() && !city.isReadOnly()) {
            java.util.Arrays.stream(City.values()).filter(c -> c.name().equals(cityName.get(0))).findFirst()
                    .ifPresent(city::setValue);
        }
    }
}
