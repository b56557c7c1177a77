package org.clusterhub.ui.zone.comparison;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveRefresh;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.zone.ZoneBadges;
import org.clusterhub.ui.zone.detail.ZoneDetailNavigation;
import org.clusterhub.zone.api.*;

/**
 * All zones side by side: creation status, each indicator against its target (off track marked), task progress,
 * what waits for a supervisor; above them the province's progress toward at least 3 national-level zones by 2025.
 * Filtered on the server. A supervisor recommends a batch for national creation here. Live: a value reported or a
 * step taken anywhere appears within a second.
 */
@Route(ZoneComparisonNavigation.ROUTE)
@PermitAll
public class ZoneComparisonView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    private final Queries queries;
    private final CommandSender commands;
    private final Optional<Actor> actor;
    private final Select<ZoneKind> kind = new Select<>();
    private final Select<ZoneCreationStatus> status = new Select<>();
    private final Checkbox offTrackOnly = new Checkbox();
    private final Div goal = new Div();
    private final Span total = new Span();
    private final Grid<ZoneComparisonRow> grid = new Grid<>();
    private final Grid<ZoneBatchView> batches = new Grid<>();
    private ZoneComparison comparison;

    public ZoneComparisonView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.get();
        setSizeFull();
        addClassName("zone-comparison");

        kind.setItems(ZoneKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("zone.directory.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("zone.directory.allKinds")
                : Texts.enumValue(this, "zone.kind", k));
        kind.setLabel(getTranslation("zone.field.kind"));
        kind.setId("comparison-kind");
        status.setItems(ZoneCreationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("zone.comparison.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("zone.comparison.allStatuses")
                : Texts.enumValue(this, "zone.status", s));
        status.setLabel(getTranslation("zone.creation.status"));
        status.setId("comparison-status");
        offTrackOnly.setLabel(getTranslation("zone.comparison.offTrackOnly"));
        offTrackOnly.setId("comparison-off-track");
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        offTrackOnly.addValueChangeListener(e -> refresh());
        total.setId("comparison-total");
        goal.setId("national-goal");

        grid.setId("comparison-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.planNumber() == null ? "" : r.planNumber()).setHeader("#").setWidth("3rem")
                .setFlexGrow(0);
        grid.addColumn(this::name).setHeader(getTranslation("zone.field.name")).setWidth("13rem").setFlexGrow(2);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("zone.creation.status"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::indicatorCell).setHeader(getTranslation("zone.comparison.indicators"))
                .setWidth("22rem").setFlexGrow(5);
        grid.addComponentColumn(this::taskCell).setHeader(getTranslation("zone.comparison.tasks")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::waitingCell).setHeader(getTranslation("zone.comparison.waitingHeader"))
                .setWidth("10rem").setFlexGrow(0);
        grid.setClassNameGenerator(r -> r.offTrackCount() > 0 ? "zone-off-track" : null);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(
                ZoneDetailNavigation.location(click.getItem().zoneId())));

        batches.setId("batch-grid");
        batches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        batches.setAllRowsVisible(true);
        batches.addColumn(ZoneBatchView::name).setHeader(getTranslation("zone.batch.name")).setWidth("10rem")
                .setFlexGrow(0);
        batches.addColumn(b -> String.join(Texts.listSeparator(), b.zoneNames()))
                .setHeader(getTranslation("zone.batch.zones")).setFlexGrow(2);
        batches.addColumn(ZoneBatchView::reasons).setHeader(getTranslation("zone.batch.reasons")).setFlexGrow(3);
        batches.addColumn(b -> b.recordedBy() + " · " + Texts.dateTime(this, b.recordedAt()))
                .setHeader(getTranslation("zone.batch.recorded")).setWidth("14rem").setFlexGrow(0);

        HorizontalLayout filters = new HorizontalLayout(kind, status, offTrackOnly, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (isSupervisor()) {
            Button recommend = new Button(getTranslation("zone.batch.action"), VaadinIcon.FLAG.create(),
                    click -> openBatch());
            recommend.setId("action-recommend-batch");
            recommend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(recommend);
        }
        Paragraph rule = new Paragraph(getTranslation("zone.track.rule"));
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H2(getTranslation("zone.comparison.title")), goal, filters, grid, rule,
                new H3(getTranslation("zone.batch.title")), batches);
        refresh();
        LiveRefresh.whileAttached(this, liveFeed, "Zone", Duration.ofMillis(150), this::catchUp, this::refresh);
        LiveRefresh.whileAttached(this, liveFeed, "ZoneBatch", Duration.ofMillis(150), Duration.ofMillis(500),
                batch -> { }, this::refresh);
    }

    /** Waits (off the UI thread) until the read model includes the newest event of each zone in the batch. */
    private void catchUp(List<LiveEvent> events) {
        events.stream().collect(java.util.stream.Collectors.toMap(LiveEvent::aggregateId,
                        LiveEvent::sequenceNumber, Math::max))
                .forEach((zone, sequence) -> queries.optional(new FindZoneMonitoringQuery(ZoneId.of(zone), sequence),
                        ZoneMonitoringView.class));
    }

    private boolean isSupervisor() {
        return actor.map(a -> a.role() == Role.SUPERVISOR).orElse(false);
    }

    private void refresh() {
        comparison = queries.one(new FindZoneComparisonQuery(kind.getValue(), status.getValue(),
                offTrackOnly.getValue(), 0, PAGE), ZoneComparison.class);
        grid.setItems(comparison.rows());
        total.setText(getTranslation("zone.comparison.total", comparison.total()));
        renderGoal(comparison.goal());
        batches.setItems(queries.one(new FindZoneBatchesQuery(0, 20), ZoneBatchPage.class).items());
    }

    private void renderGoal(NationalGoal national) {
        goal.removeAll();
        Span headline = new Span(getTranslation("zone.goal.headline", national.created(), national.target(),
                national.deadlineYear()));
        headline.setId("national-goal-headline");
        headline.getStyle().set("font-weight", "600");
        ProgressBar bar = new ProgressBar(0, national.target(), Math.min(national.created(), national.target()));
        bar.setId("national-goal-bar");
        bar.setWidth("20rem");
        Span detail = new Span(getTranslation("zone.goal.detail", national.inNationalCreation(),
                national.recommended(), national.notSelected()));
        detail.setId("national-goal-detail");
        boolean reached = national.created() >= national.target();
        Span verdict = new Span(getTranslation(reached ? "zone.goal.reached" : "zone.goal.open",
                Math.max(0, national.target() - national.created())));
        verdict.getElement().getThemeList().add("badge " + (reached ? "success" : "contrast"));
        VerticalLayout box = new VerticalLayout(new HorizontalLayout(headline, verdict), bar, detail);
        box.setPadding(false);
        box.setSpacing(false);
        goal.add(box);
    }

    private Component indicatorCell(ZoneComparisonRow row) {
        VerticalLayout cell = new VerticalLayout();
        cell.setPadding(false);
        cell.setSpacing(false);
        cell.addClassName("comparison-indicators");
        if (row.indicators().isEmpty()) {
            cell.add(new Span(getTranslation("zone.indicators.none")));
        }
        for (IndicatorBrief brief : row.indicators()) {
            String name = Texts.english() && brief.indicatorEn() != null ? brief.indicatorEn() : brief.indicator();
            IndicatorTrack track = brief.track();
            String unit = brief.unit() == null ? "" : brief.unit();
            String latest = track.latestValue() == null ? "—"
                    : ZoneBadges.plain(track.latestValue()) + unit + Texts.bracketed(track.latestPeriod().toString());
            String target = track.targetValue() == null ? "—" : ZoneBadges.symbol(track.comparator()) + " "
                    + ZoneBadges.plain(track.targetValue()) + unit
                    + (track.deadline() == null ? "" : " @" + track.deadline().getYear());
            Span text = new Span(name + (Texts.english() ? ": " : "：") + latest + " / " + target + " ");
            text.addClassName("comparison-indicator-text");
            Span badge = ZoneBadges.track(this, track.status());
            // Inline, so that a long indicator name wraps and the badge follows it.
            Div line = new Div(text, badge);
            line.addClassName("comparison-indicator");
            cell.add(line);
        }
        return cell;
    }

    /** The status badge, with city and kind below it. */
    private Component statusCell(ZoneComparisonRow row) {
        Span where = new Span(Texts.city(this, row.city()) + " · " + Texts.enumValue(this, "zone.kind", row.kind()));
        where.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout cell = new VerticalLayout(ZoneBadges.status(this, row.status()), where);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    /** What waits for a supervisor, and when the city last reported. */
    private Component waitingCell(ZoneComparisonRow row) {
        Span waiting = new Span(getTranslation("zone.comparison.waiting", row.valuesAwaitingAcceptance(),
                row.openQuestions()));
        Span last = new Span(row.lastReportAt() == null ? "" : getTranslation("zone.comparison.lastReportAt",
                Texts.dateTime(this, row.lastReportAt())));
        last.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout cell = new VerticalLayout(waiting, last);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private Component taskCell(ZoneComparisonRow row) {
        ProgressBar bar = new ProgressBar(0, 100, row.averageProgress());
        Span text = new Span(getTranslation("zone.comparison.taskProgress", row.taskCount(), row.averageProgress(),
                row.overdueTasks()));
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout cell = new VerticalLayout(bar, text);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private void openBatch() {
        List<ZoneComparisonRow> all = queries.one(new FindZoneComparisonQuery(null, null, false, 0, 200),
                ZoneComparison.class).rows();
        List<ZoneComparisonRow> eligible = all.stream().filter(r -> r.status().mayBeRecommended())
                .sorted(Comparator.comparing(r -> r.planNumber() == null ? 1000 : r.planNumber())).toList();
        BatchDialog dialog = new BatchDialog(this, eligible);
        dialog.addSaveListener(save -> {
            RecommendZoneBatchCommand command = new RecommendZoneBatchCommand(ZoneBatchId.create(),
                    dialog.name.getValue(), dialog.zones.getValue().stream().map(ZoneComparisonRow::zoneId).toList(),
                    dialog.reasons.getValue());
            commands.send(this, command, dialog::showFieldError).ifPresent(id -> {
                dialog.close();
                CommandSender.success(this, getTranslation("zone.batch.done", command.zoneIds().size()));
                // Show the new statuses at once; the batch list follows with the batch's own live event.
                dialog.zones.getValue().forEach(row -> queries.optional(
                        new FindZoneMonitoringQuery(row.zoneId(), row.version() + 1), ZoneMonitoringView.class));
                refresh();
            });
        });
        dialog.open();
    }

    private String name(ZoneComparisonRow r) {
        return Texts.english() && r.nameEn() != null ? r.nameEn() : r.nameZh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("zone.comparison.title") + " · ClusterHub";
    }
}
