package org.clusterhub.ui.activity.figures;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterhub.activity.api.ActivityFigures;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.FigureGrouping;
import org.clusterhub.activity.api.FigureRow;
import org.clusterhub.activity.api.FindActivityFiguresQuery;
import org.clusterhub.activity.export.FiguresWorkbook;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.ui.activity.ActivityScope;
import org.clusterhub.ui.activity.ActivityTexts;
import org.clusterhub.ui.activity.Downloads;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * Follow-up after the activities: attendance, meetings held and outcomes (intentions, contracts, value) per
 * activity, cluster or city, with an attendance chart drawn as inline SVG, exported to Excel with the same filter.
 */
@Route(ActivityFiguresNavigation.ROUTE)
@PermitAll
public class ActivityFiguresView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> COLUMNS = List.of("group", "activities", "confirmed", "checkedIn", "attendance",
            "meetingsRequested", "meetingsAccepted", "meetingsHeld", "intentions", "contracts", "contractValue",
            "total");

    private final Queries queries;
    private final Optional<Actor> actor;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<City> city = new ComboBox<>();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final Select<ActivityKind> kind = new Select<>();
    private final Select<FigureGrouping> grouping = new Select<>();
    private final Grid<FigureRow> grid = new Grid<>();
    private final Div chart = new Div();

    public ActivityFiguresView(Queries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.actor = currentActor.get();
        setSizeFull();
        from.setLabel(getTranslation("activity.figures.from"));
        from.setValue(LocalDate.now(Texts.SHANGHAI).withDayOfYear(1));
        from.setId("figures-from");
        to.setLabel(getTranslation("activity.figures.to"));
        to.setValue(LocalDate.now(Texts.SHANGHAI));
        to.setId("figures-to");
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setLabel(getTranslation("activity.calendar.city"));
        city.setClearButtonVisible(true);
        cluster.setItems(ActivityScope.clusters(queries));
        cluster.setItemLabelGenerator(ActivityTexts::cluster);
        cluster.setLabel(getTranslation("activity.calendar.cluster"));
        cluster.setClearButtonVisible(true);
        kind.setItems(ActivityKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setLabel(getTranslation("activity.column.kind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("activity.calendar.allKinds")
                : Texts.enumValue(this, "activity.kind", k));
        grouping.setItems(FigureGrouping.values());
        grouping.setValue(FigureGrouping.CLUSTER);
        grouping.setLabel(getTranslation("activity.figures.grouping"));
        grouping.setItemLabelGenerator(g -> Texts.enumValue(this, "activity.figures.grouping", g));
        grouping.setId("figures-grouping");
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> refresh()));
        city.addValueChangeListener(e -> refresh());
        cluster.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        grouping.addValueChangeListener(e -> refresh());

        grid.setId("figures-grid");
        grid.addColumn(this::label).setHeader(column("group")).setFlexGrow(3);
        grid.addColumn(FigureRow::activities).setHeader(column("activities")).setAutoWidth(true);
        grid.addColumn(FigureRow::confirmed).setHeader(column("confirmed")).setAutoWidth(true);
        grid.addColumn(FigureRow::checkedIn).setHeader(column("checkedIn")).setAutoWidth(true);
        grid.addColumn(r -> r.attendanceRate() == null ? "—" : r.attendanceRate().toPlainString() + "%")
                .setHeader(column("attendance")).setAutoWidth(true);
        grid.addColumn(FigureRow::meetingsRequested).setHeader(column("meetingsRequested")).setAutoWidth(true);
        grid.addColumn(FigureRow::meetingsHeld).setHeader(column("meetingsHeld")).setAutoWidth(true);
        grid.addColumn(FigureRow::intentions).setHeader(column("intentions")).setAutoWidth(true);
        grid.addColumn(FigureRow::contracts).setHeader(column("contracts")).setAutoWidth(true);
        grid.addColumn(r -> r.contractValue().toPlainString()).setHeader(column("contractValue")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        chart.setId("figures-chart");
        chart.setWidthFull();

        HorizontalLayout filters = new HorizontalLayout(from, to, city, cluster, kind, grouping);
        filters.setWrap(true);
        add(new HorizontalLayout(new H2(getTranslation("activity.figures.title")),
                Downloads.link("export-figures", getTranslation("activity.figures.export"), VaadinIcon.DOWNLOAD_ALT,
                        "activity-figures.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", this::workbook)),
                filters, grid, chart);
        refresh();
    }

    private String column(String key) {
        return getTranslation("activity.figures.column." + key);
    }

    private String label(FigureRow row) {
        if (grouping.getValue() == FigureGrouping.CITY && !"total".equals(row.key())) {
            return getTranslation("city." + row.key());
        }
        return Texts.english() ? row.labelEn() : row.labelZh();
    }

    private ActivityFigures figures() {
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(Texts.SHANGHAI).toInstant();
        Instant end = to.getValue() == null ? null
                : to.getValue().plusDays(1).atStartOfDay(Texts.SHANGHAI).toInstant();
        return queries.one(new FindActivityFiguresQuery(ActivityScope.filter(actor, start, end, city.getValue(),
                cluster.getValue() == null ? null : cluster.getValue().clusterId(), kind.getValue(), null),
                grouping.getValue()), ActivityFigures.class);
    }

    private void refresh() {
        ActivityFigures figures = figures();
        List<FigureRow> rows = new ArrayList<>(figures.rows());
        rows.add(figures.total());
        grid.setItems(rows);
        drawChart(figures.rows());
    }

    /** Attendance per group as horizontal bars: checked in over confirmed, the number beside each bar. */
    private void drawChart(List<FigureRow> rows) {
        int barHeight = 22;
        int height = Math.max(1, rows.size()) * (barHeight + 8) + 8;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='100%%' height='%d' role='img' aria-label='%s'>",
                height, getTranslation("activity.figures.chart")));
        int y = 8;
        for (FigureRow row : rows) {
            double rate = row.attendanceRate() == null ? 0 : row.attendanceRate().doubleValue();
            svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' font-size='12' fill='#333'>%s</text>"
                            + "<rect x='35%%' y='%d' width='50%%' height='%d' rx='4' fill='#e8ebef'/>"
                            + "<rect x='35%%' y='%d' width='%.2f%%' height='%d' rx='4' fill='#1676f3'/>"
                            + "<text x='87%%' y='%d' font-size='12' fill='#333'>%s</text>",
                    y + 15, escape(shorten(label(row))), y, barHeight, y, rate / 2, barHeight, y + 15,
                    row.attendanceRate() == null ? "—" : row.attendanceRate().toPlainString() + "%"));
            y += barHeight + 8;
        }
        svg.append("</svg>");
        chart.getElement().setProperty("innerHTML", svg.toString());
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 22 ? text.substring(0, 21) + "…" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }

    private byte[] workbook(Locale locale) {
        ActivityFigures figures = figures();
        if (grouping.getValue() == FigureGrouping.CITY) {
            figures = new ActivityFigures(figures.rows().stream().map(r -> new FigureRow(r.key(),
                    getTranslation(Locale.SIMPLIFIED_CHINESE, "city." + r.key()),
                    getTranslation(Locale.ENGLISH, "city." + r.key()), r.activities(), r.confirmed(), r.checkedIn(),
                    r.attendanceRate(), r.meetingsRequested(), r.meetingsAccepted(), r.meetingsHeld(),
                    r.intentions(), r.contracts(), r.contractValue())).toList(), figures.total());
        }
        List<String> headers = COLUMNS.stream().map(k -> getTranslation(locale, "activity.figures.column." + k))
                .toList();
        return FiguresWorkbook.write(figures, headers, "en".equals(locale.getLanguage()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.figures.title") + " · ClusterHub";
    }
}
