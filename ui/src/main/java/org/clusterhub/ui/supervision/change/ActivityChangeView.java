package org.clusterhub.ui.supervision.change;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.ActivityChange;
import org.clusterhub.supervision.api.ChangeDirection;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.FindActivityChangeQuery;
import org.clusterhub.supervision.api.IndicatorChange;
import org.clusterhub.ui.supervision.facts.IndicatorFactsDialog;
import org.clusterhub.ui.supervision.facts.IndicatorTexts;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The change report of a promotion organization's activity: every indicator of a cluster for two periods side by
 * side (by default the year before and this year), the difference, and whether it improved or fell back; each figure
 * opens the events behind it. For supervisors (every cluster) and promotion staff (their own clusters). The choice
 * lives in the address, so a report can be linked.
 */
@Route(ActivityChangeNavigation.ROUTE)
@PermitAll
@StyleSheet("context://styles/evaluation.css")
public class ActivityChangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final List<ClusterSummary> clusters;
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final DatePicker beforeFrom = date("change-before-from", "evaluation.change.from");
    private final DatePicker beforeTo = date("change-before-to", "evaluation.change.to");
    private final DatePicker afterFrom = date("change-after-from", "evaluation.change.from");
    private final DatePicker afterTo = date("change-after-to", "evaluation.change.to");
    private final Grid<IndicatorChange> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private ActivityChange report;

    public ActivityChangeView(Queries queries, CurrentActor currentActor) {
        this.queries = queries;
        Actor actor = currentActor.require();
        this.clusters = queries.one(new FindClustersQuery(null, null, null, true, 0, 500), ClusterPage.class)
                .items().stream()
                .filter(c -> actor.isSupervisor() || actor.isStaffOf(c.clusterId().toString()))
                .sorted(Comparator.comparing(c -> c.planNumber() == null ? Integer.MAX_VALUE : c.planNumber()))
                .toList();
        setSizeFull();
        addClassName("activity-change");
        H2 heading = new H2(getTranslation("evaluation.change.title"));
        cluster.setLabel(getTranslation("evaluation.change.cluster"));
        cluster.setId("change-cluster");
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> (c.planNumber() == null ? "" : c.planNumber() + ". ")
                + (Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh()));
        cluster.setWidth("22rem");
        int year = LocalDate.now(EvaluationPeriod.SHANGHAI).getYear();
        beforeFrom.setValue(LocalDate.of(year - 1, 1, 1));
        beforeTo.setValue(LocalDate.of(year - 1, 12, 31));
        afterFrom.setValue(LocalDate.of(year, 1, 1));
        afterTo.setValue(LocalDate.of(year, 12, 31));
        Span before = new Span(getTranslation("evaluation.change.before"));
        Span after = new Span(getTranslation("evaluation.change.after"));
        Button compare = new Button(getTranslation("evaluation.change.compare"), click -> compareAndRemember());
        compare.setId("change-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout choice = new FlexLayout(cluster, period(before, beforeFrom, beforeTo), period(after, afterFrom,
                afterTo), compare);
        choice.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        summary.setId("change-summary");
        configureGrid();
        add(heading, choice, summary, grid);
        setFlexGrow(1, grid);
        if (clusters.size() == 1) {
            cluster.setValue(clusters.get(0));
        }
    }

    private static HorizontalLayout period(Span label, DatePicker from, DatePicker to) {
        HorizontalLayout period = new HorizontalLayout(label, from, to);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setSpacing(true);
        return period;
    }

    private DatePicker date(String id, String key) {
        DatePicker picker = new DatePicker(getTranslation(key));
        picker.setId(id);
        picker.setLocale(Texts.locale());
        picker.setWidth("9.5rem");
        return picker;
    }

    private void configureGrid() {
        grid.setId("change-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::label).setHeader(getTranslation("evaluation.change.column.indicator")).setFlexGrow(3);
        grid.addComponentColumn(row -> figure(row, true)).setHeader(getTranslation("evaluation.change.before"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addComponentColumn(row -> figure(row, false)).setHeader(getTranslation("evaluation.change.after"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(row -> (row.difference() > 0 ? "+" : "") + row.difference())
                .setHeader(getTranslation("evaluation.change.column.difference")).setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> marker(row.direction()) + " " + getTranslation("evaluation.change.direction."
                        + row.direction().name()))
                .setHeader(getTranslation("evaluation.change.column.direction")).setWidth("9rem").setFlexGrow(0)
                .setPartNameGenerator(row -> switch (row.direction()) {
                    case IMPROVED -> "improved";
                    case FELL_BACK -> "fell-back";
                    case UNCHANGED -> null;
                });
        grid.setPartNameGenerator(row -> row.breakdown() == null ? null : "breakdown-row");
    }

    private String label(IndicatorChange row) {
        if (row.breakdown() == null) {
            return IndicatorTexts.name(this, row.indicator());
        }
        return "　　" + getTranslation("evaluation.change.part", getTranslation("evaluation.breakdown."
                + row.breakdown().name()), IndicatorTexts.part(this, row.breakdown(), row.key()));
    }

    private static String marker(ChangeDirection direction) {
        return switch (direction) {
            case IMPROVED -> "▲";
            case FELL_BACK -> "▼";
            case UNCHANGED -> "＝";
        };
    }

    private Button figure(IndicatorChange row, boolean earlier) {
        long count = earlier ? row.before() : row.after();
        EvaluationIndicator indicator = row.indicator();
        Button button = new Button(IndicatorTexts.figure(this, indicator, count,
                earlier ? row.amountBefore() : row.amountAfter()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setId("change-" + (earlier ? "before-" : "after-") + indicator.name()
                + (row.breakdown() == null ? "" : "-" + row.breakdown().name() + "-" + row.key()));
        button.addClickListener(click -> new IndicatorFactsDialog(queries, report.clusterId(), indicator,
                earlier ? report.before() : report.after(), report.asOf(), row.breakdown(), row.key(), null).open());
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        first(parameters, "cluster").flatMap(id -> clusters.stream().filter(c -> c.clusterId().toString().equals(id))
                .findFirst()).ifPresent(cluster::setValue);
        first(parameters, "beforeFrom").flatMap(ActivityChangeView::day).ifPresent(beforeFrom::setValue);
        first(parameters, "beforeTo").flatMap(ActivityChangeView::day).ifPresent(beforeTo::setValue);
        first(parameters, "afterFrom").flatMap(ActivityChangeView::day).ifPresent(afterFrom::setValue);
        first(parameters, "afterTo").flatMap(ActivityChangeView::day).ifPresent(afterTo::setValue);
        compare();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void compareAndRemember() {
        if (compare() && cluster.getValue() != null) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("cluster", cluster.getValue().clusterId().toString());
            parameters.put("beforeFrom", beforeFrom.getValue().toString());
            parameters.put("beforeTo", beforeTo.getValue().toString());
            parameters.put("afterFrom", afterFrom.getValue().toString());
            parameters.put("afterTo", afterTo.getValue().toString());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new com.vaadin.flow.router.Location(ActivityChangeNavigation.ROUTE,
                            QueryParameters.simple(parameters))));
        }
    }

    /** Runs the report for the chosen cluster and periods; answers whether there was one to run. */
    boolean compare() {
        if (cluster.getValue() == null) {
            summary.setText(getTranslation("evaluation.change.chooseCluster"));
            grid.setItems(List.of());
            return false;
        }
        boolean valid = valid(beforeFrom, beforeTo) & valid(afterFrom, afterTo);
        if (!valid) {
            summary.setText(getTranslation("evaluation.change.invalidPeriod"));
            return false;
        }
        report = queries.one(new FindActivityChangeQuery(cluster.getValue().clusterId(),
                new EvaluationPeriod(beforeFrom.getValue(), beforeTo.getValue()),
                new EvaluationPeriod(afterFrom.getValue(), afterTo.getValue()), Instant.now()), ActivityChange.class);
        grid.setItems(report.rows());
        List<IndicatorChange> headline = report.rows().stream().filter(r -> r.breakdown() == null).toList();
        summary.setText(getTranslation("evaluation.change.summary",
                IndicatorTexts.period(this, report.before()), IndicatorTexts.period(this, report.after()),
                headline.stream().filter(r -> r.direction() == ChangeDirection.IMPROVED).count(),
                headline.stream().filter(r -> r.direction() == ChangeDirection.FELL_BACK).count(),
                headline.stream().filter(r -> r.direction() == ChangeDirection.UNCHANGED).count()));
        return true;
    }

    private boolean valid(DatePicker from, DatePicker to) {
        boolean ok = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
        to.setInvalid(!ok);
        to.setErrorMessage(ok ? null : getTranslation("evaluation.change.invalidPeriod"));
        return ok;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.change.title") + " · ClusterHub";
    }
}
