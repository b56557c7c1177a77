package org.clusterhub.ui.zone.detail;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.clusterhub.activity.api.ActivityFilter;
import org.clusterhub.activity.api.ActivityPage;
import org.clusterhub.activity.api.ActivitySummary;
import org.clusterhub.activity.api.FindActivitiesQuery;
import org.clusterhub.ui.activity.detail.ActivityDetailNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.project.api.FindProjectsQuery;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectSummary;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.zone.ZoneBadges;
import org.clusterhub.ui.zone.comparison.ZoneComparisonNavigation;
import org.clusterhub.zone.api.*;

/**
 * The tabs a zone's creation adds to its page: creation status (and the supervisor's steps), indicator monitoring
 * (chart, values, questions; the coordinator reports and answers, a supervisor questions and accepts), the task list
 * (the city's coordinator keeps it), and the clusters of the zone's city with their projects. What each person is
 * offered follows the commands' access requirements; the command bus and the aggregate decide.
 */
class ZoneCreationTabs {

    private static final Duration RECENT_ACTIVITIES = Duration.ofDays(90);

    private final Component screen;
    private final Queries queries;
    private final CommandSender commands;
    private final Optional<Actor> actor;
    private final Consumer<String> sent;

    final VerticalLayout creation = new VerticalLayout();
    final VerticalLayout indicators = new VerticalLayout();
    final VerticalLayout tasks = new VerticalLayout();
    final VerticalLayout clusters = new VerticalLayout();

    private ZoneDetails details;
    private ZoneMonitoringView monitoring;

    /** @param sent told the correlation id of each command this screen stored */
    ZoneCreationTabs(Component screen, Queries queries, CommandSender commands, Optional<Actor> actor,
                     Consumer<String> sent) {
        this.screen = screen;
        this.queries = queries;
        this.commands = commands;
        this.actor = actor;
        this.sent = sent;
        creation.setId("zone-creation");
        indicators.setId("zone-indicators");
        tasks.setId("zone-tasks");
        clusters.setId("zone-clusters");
        for (VerticalLayout tab : List.of(creation, indicators, tasks, clusters)) {
            tab.setPadding(false);
        }
    }

    void show(ZoneDetails zone, ZoneMonitoringView view) {
        boolean sameZone = details != null && details.zoneId().equals(zone.zoneId());
        details = zone;
        monitoring = view;
        renderCreation();
        renderIndicators();
        renderTasks();
        if (!sameZone) {
            // Clusters and projects are other contexts' data; read once per zone, not on every zone event.
            renderClusters();
        }
    }

    private String t(String key, Object... args) {
        return screen.getTranslation(key, args);
    }

    private boolean supervisor() {
        return actor.map(a -> a.role() == Role.SUPERVISOR).orElse(false);
    }

    private boolean cityCoordinator() {
        return actor.map(a -> a.role() == Role.CITY_COORDINATOR && a.city() == details.city()).orElse(false);
    }

    private boolean mayKeepTasks() {
        return actor.map(a -> a.satisfies(AccessRequirement.of(null, details.city(), Role.CITY_COORDINATOR)))
                .orElse(false);
    }

    private boolean send(Object command, ZoneDialogs.Form form) {
        Optional<String> correlation = commands.send(screen, command, form == null ? null : form::showFieldError);
        correlation.ifPresent(sent);
        return correlation.isPresent();
    }

    // ---- creation status -----------------------------------------------------------------------------------------

    private void renderCreation() {
        creation.removeAll();
        Span status = ZoneBadges.status(screen, monitoring.status());
        status.setId("zone-status");
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        facts.addFormItem(status, t("zone.creation.status"));
        facts.addFormItem(value(Texts.dateTime(screen, monitoring.statusChangedAt()), "zone-status-since"),
                t("zone.creation.since"));
        if (monitoring.statusNote() != null) {
            Span note = value(monitoring.statusNote(), "zone-status-note");
            facts.setColspan(facts.addFormItem(note, t("zone.creation.note")), 2);
        }
        if (monitoring.batchName() != null) {
            facts.addFormItem(value(monitoring.batchName(), "zone-batch-name"), t("zone.creation.batch"));
            Span reasons = value(monitoring.batchReasons(), "zone-batch-reasons");
            facts.setColspan(facts.addFormItem(reasons, t("zone.creation.batchReasons")), 2);
        }
        if (monitoring.createdOn() != null) {
            facts.addFormItem(value(monitoring.createdOn().toString(), "zone-created-on-value"),
                    t("zone.creation.createdOn"));
        }
        Paragraph flow = new Paragraph(t("zone.creation.flow"));
        flow.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        creation.add(creationActions(), facts, flow);
    }

    private HorizontalLayout creationActions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("zone-creation-actions");
        if (!supervisor()) {
            return actions;
        }
        ZoneId zoneId = details.zoneId();
        switch (monitoring.status()) {
            case RECOMMENDED_FOR_NATIONAL -> {
                actions.add(action("zone.creation.action.start", "action-start-national", () -> {
                    ZoneDialogs.TextForm form = new ZoneDialogs.TextForm(screen, t("zone.creation.action.start"),
                            t("zone.creation.note"), "note");
                    form.open(screen, "zone-text-confirm", f -> send(
                            new StartZoneNationalCreationCommand(zoneId, form.text.getValue()), f));
                }));
                actions.add(notSelectedAction(zoneId));
            }
            case NATIONAL_CREATION -> {
                actions.add(action("zone.creation.action.created", "action-created-national", () -> {
                    ZoneDialogs.CreatedForm form = new ZoneDialogs.CreatedForm(screen);
                    form.open(screen, "zone-created-confirm", f -> send(new RecordZoneCreatedNationallyCommand(zoneId,
                            form.createdOn.getValue(), form.note.getValue()), f));
                }));
                actions.add(notSelectedAction(zoneId));
            }
            case NOT_SELECTED -> actions.add(action("zone.creation.action.reapply", "action-reapply", () -> {
                ZoneDialogs.TextForm form = new ZoneDialogs.TextForm(screen, t("zone.creation.action.reapply"),
                        t("common.reason"), "reason");
                form.open(screen, "zone-text-confirm", f -> send(new ReapplyZoneCommand(zoneId,
                        form.text.getValue()), f));
            }));
            default -> {
                // Provincial creation or re-applied: a batch on the comparison screen recommends it.
                Anchor toComparison = new Anchor(ZoneComparisonNavigation.ROUTE, t("zone.creation.recommendOnComparison"));
                toComparison.setId("link-to-comparison");
                actions.add(toComparison);
            }
        }
        return actions;
    }

    private Button notSelectedAction(ZoneId zoneId) {
        return action("zone.creation.action.notSelected", "action-not-selected", () -> {
            ZoneDialogs.TextForm form = new ZoneDialogs.TextForm(screen, t("zone.creation.action.notSelected"),
                    t("common.reason"), "reason");
            form.open(screen, "zone-text-confirm", f -> send(new RecordZoneNotSelectedCommand(zoneId,
                    form.text.getValue()), f));
        });
    }

    // ---- indicators ------------------------------------------------------------------------------------------------

    private void renderIndicators() {
        indicators.removeAll();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("zone-indicator-actions");
        if (cityCoordinator() && !monitoring.indicators().isEmpty()) {
            actions.add(action("zone.indicators.action.report", "action-report-value", this::openReport));
        }
        Paragraph rule = new Paragraph(t("zone.track.rule"));
        rule.setId("zone-track-rule");
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        indicators.add(actions, rule);
        if (monitoring.indicators().isEmpty()) {
            Span none = new Span(t("zone.indicators.none"));
            none.setId("zone-no-indicators");
            indicators.add(none);
            return;
        }
        LocalDate today = LocalDate.now(Texts.SHANGHAI);
        int index = 0;
        for (ZoneIndicatorView indicator : monitoring.indicators()) {
            indicators.add(indicatorSection(indicator, today, index++));
        }
    }

    private Component indicatorSection(ZoneIndicatorView indicator, LocalDate today, int index) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("zone-indicator");
        section.setId("indicator-" + index);
        String name = Texts.english() && indicator.indicatorEn() != null ? indicator.indicatorEn()
                : indicator.indicator();
        Span track = ZoneBadges.track(screen, indicator.track().status());
        track.addClassName("indicator-track");
        HorizontalLayout heading = new HorizontalLayout(new H4(name), track);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span summary = new Span(ZoneBadges.trackSummary(screen, indicator));
        summary.addClassName("indicator-summary");
        Div chart = new Div();
        chart.addClassName("indicator-chart-box");
        chart.getElement().setProperty("innerHTML", IndicatorChart.svg(indicator, today, new IndicatorChart.Labels(
                name, t("zone.chart.target"), t("zone.chart.expected"), t("zone.chart.reported"),
                t("zone.chart.today"))));
        chart.setWidthFull();
        section.add(heading, summary, chart, reportsGrid(indicator));
        return section;
    }

    private Grid<IndicatorReportView> reportsGrid(ZoneIndicatorView indicator) {
        Grid<IndicatorReportView> grid = new Grid<>();
        grid.addClassName("indicator-reports");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.period().toString()).setHeader(t("zone.indicators.period")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> IndicatorChart.plain(r.value()) + (r.unit() == null ? "" : r.unit()))
                .setHeader(t("zone.indicators.value")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(IndicatorReportView::source).setHeader(t("zone.indicators.source")).setFlexGrow(1);
        grid.addColumn(r -> Texts.enumValue(screen, "zone.report.state", r.state()))
                .setHeader(t("zone.indicators.state")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.reportedBy() + " · " + Texts.dateTime(screen, r.reportedAt()))
                .setHeader(t("zone.indicators.reportedBy")).setFlexGrow(1);
        grid.addColumn(this::exchanges).setHeader(t("zone.indicators.exchanges")).setFlexGrow(2);
        grid.addComponentColumn(this::reportActions).setKey("actions").setHeader("").setWidth("9rem").setFlexGrow(0);
        // Newest first: what waits for a decision is on top.
        List<IndicatorReportView> newestFirst = new java.util.ArrayList<>(indicator.reports());
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        return grid;
    }

    private String exchanges(IndicatorReportView report) {
        return report.exchanges().stream().map(e -> Texts.enumValue(screen, "zone.exchange", e.kind())
                        + (e.byName() == null ? "" : "（" + e.byName() + "）") + "："
                        + (e.text() == null ? "" : e.text())
                        + (e.previousValue() == null ? "" : " [" + IndicatorChart.plain(e.previousValue()) + " → "
                        + IndicatorChart.plain(e.value()) + "]"))
                .collect(Collectors.joining("\n"));
    }

    private Component reportActions(IndicatorReportView report) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        ZoneId zoneId = details.zoneId();
        boolean open = report.state() == ReportState.REPORTED || report.state() == ReportState.ANSWERED;
        if (supervisor() && open) {
            Button question = small("zone.indicators.action.question", "action-question", () -> {
                ZoneDialogs.TextForm form = new ZoneDialogs.TextForm(screen, t("zone.indicators.action.question"),
                        t("zone.indicators.question"), "question");
                form.open(screen, "zone-text-confirm", f -> send(new QuestionZoneIndicatorValueCommand(zoneId,
                        report.reportId(), form.text.getValue()), f));
            });
            Button accept = small("zone.indicators.action.accept", "action-accept", () -> send(
                    new AcceptZoneIndicatorValueCommand(zoneId, report.reportId(), null), null));
            buttons.add(question, accept);
        }
        if (cityCoordinator() && report.state() == ReportState.QUESTIONED) {
            String question = report.exchanges().isEmpty() ? ""
                    : report.exchanges().get(report.exchanges().size() - 1).text();
            buttons.add(small("zone.indicators.action.answer", "action-answer", () -> {
                ZoneDialogs.AnswerForm form = new ZoneDialogs.AnswerForm(screen, question);
                form.open(screen, "zone-answer-confirm", f -> send(new AnswerZoneIndicatorQuestionCommand(zoneId,
                        details.city(), report.reportId(), form.answer.getValue(), form.correctedValue.getValue(),
                        form.correctedSource.getValue()), f));
            }));
        }
        return buttons;
    }

    private void openReport() {
        ZoneDialogs.ReportForm form = new ZoneDialogs.ReportForm(screen,
                monitoring.indicators().stream().map(ZoneIndicatorView::indicator).toList());
        form.open(screen, "zone-report-confirm", f -> send(new ReportZoneIndicatorValueCommand(details.zoneId(),
                details.city(), UUID.randomUUID().toString(), form.indicator.getValue() == null ? ""
                : form.indicator.getValue(), form.period(), form.value.getValue(), form.source.getValue()), f));
    }

    // ---- tasks -----------------------------------------------------------------------------------------------------

    private void renderTasks() {
        tasks.removeAll();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("zone-task-actions");
        if (mayKeepTasks()) {
            actions.add(action("zone.tasks.action.add", "action-add-task", () -> {
                ZoneDialogs.TaskForm form = new ZoneDialogs.TaskForm(screen, t("zone.tasks.action.add"));
                form.open(screen, "zone-task-confirm", f -> send(new AddZoneTaskCommand(details.zoneId(),
                        details.city(), UUID.randomUUID().toString(), form.title.getValue(), form.ownerLines(),
                        form.startDate.getValue(), form.dueDate.getValue()), f));
            }));
        }
        List<ZoneTaskView> list = monitoring.tasks();
        int average = list.isEmpty() ? 0
                : (int) Math.round(list.stream().mapToInt(ZoneTaskView::percentDone).average().orElse(0));
        Span summary = new Span(t("zone.tasks.summary", list.size(), average,
                list.stream().filter(ZoneTaskView::overdue).count()));
        summary.setId("zone-task-summary");
        Grid<ZoneTaskView> grid = new Grid<>();
        grid.setId("zone-task-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ZoneTaskView::title).setHeader(t("zone.tasks.title")).setFlexGrow(3);
        grid.addColumn(task -> String.join(Texts.listSeparator(), task.ownerOrganizations()))
                .setHeader(t("zone.tasks.owners")).setFlexGrow(2);
        grid.addColumn(task -> task.startDate() + " – " + task.dueDate()).setHeader(t("zone.tasks.dates"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(this::progress).setHeader(t("zone.tasks.percent")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(task -> task.lastNote() == null ? "" : task.lastNote() + " · "
                + Texts.dateTime(screen, task.lastReportedAt())).setHeader(t("zone.tasks.note")).setFlexGrow(2);
        if (mayKeepTasks()) {
            grid.addComponentColumn(this::taskActions).setKey("actions").setWidth("15rem").setFlexGrow(0);
        }
        grid.setItems(list);
        tasks.add(actions, summary, grid);
    }

    private Component progress(ZoneTaskView task) {
        ProgressBar bar = new ProgressBar(0, 100, task.percentDone());
        bar.setWidth("5rem");
        Span text = new Span(task.percentDone() + "%" + (task.overdue() ? " " + t("zone.tasks.overdue") : ""));
        if (task.overdue()) {
            text.getStyle().set("color", "var(--lumo-error-text-color)");
            text.addClassName("task-overdue");
        }
        HorizontalLayout cell = new HorizontalLayout(bar, text);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private Component taskActions(ZoneTaskView task) {
        Button revise = small("zone.tasks.action.revise", "action-task-revise", () -> {
            ZoneDialogs.TaskForm form = new ZoneDialogs.TaskForm(screen, t("zone.tasks.action.revise"));
            form.title.setValue(task.title());
            form.owners.setValue(String.join("\n", task.ownerOrganizations()));
            form.startDate.setValue(task.startDate());
            form.dueDate.setValue(task.dueDate());
            form.open(screen, "zone-task-confirm", f -> send(new ReviseZoneTaskCommand(details.zoneId(),
                    details.city(), task.taskId(), form.title.getValue(), form.ownerLines(),
                    form.startDate.getValue(), form.dueDate.getValue()), f));
        });
        Button progress = small("zone.tasks.action.progress", "action-task-progress", () -> {
            ZoneDialogs.ProgressForm form = new ZoneDialogs.ProgressForm(screen, task.percentDone());
            form.open(screen, "zone-progress-confirm", f -> send(new ReportZoneTaskProgressCommand(details.zoneId(),
                    details.city(), task.taskId(), form.percent.getValue(), form.note.getValue()), f));
        });
        Button remove = small("zone.tasks.action.remove", "action-task-remove", () -> {
            ZoneDialogs.TextForm form = new ZoneDialogs.TextForm(screen, t("zone.tasks.action.remove"),
                    t("common.reason"), "reason");
            form.open(screen, "zone-text-confirm", f -> send(new RemoveZoneTaskCommand(details.zoneId(),
                    details.city(), task.taskId(), form.text.getValue()), f));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(revise, progress, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    // ---- clusters of the zone's city -----------------------------------------------------------------------------

    private void renderClusters() {
        clusters.removeAll();
        Paragraph intro = new Paragraph(t("zone.clusters.intro", Texts.city(screen, details.city())));
        clusters.add(intro);
        ClusterPage page = queries.one(new FindClustersQuery(null, details.city(), null, false, 0, 100),
                ClusterPage.class);
        if (page.items().isEmpty()) {
            clusters.add(new Span(t("zone.clusters.none")));
            return;
        }
        ProjectScope scope = actor.map(ProjectScope::of).orElse(null);
        for (ClusterSummary cluster : page.items()) {
            VerticalLayout card = new VerticalLayout();
            card.setPadding(false);
            card.addClassName("zone-cluster");
            String name = Texts.english() && cluster.nameEn() != null ? cluster.nameEn() : cluster.nameZh();
            Anchor link = new Anchor("clusters/" + cluster.clusterId(), name);
            link.addClassName("zone-cluster-link");
            String role = cluster.centerCities().contains(details.city()) ? t("zone.clusters.center")
                    : t("zone.clusters.key");
            card.add(new HorizontalLayout(link, new Span(Texts.bracketed(role))));
            if (scope != null) {
                ProjectPage projects = queries.one(new FindProjectsQuery(new ProjectFilter(cluster.clusterId(), null,
                        null, null, null, null, null, null, false, null), scope, ProjectSort.LAST_CHANGED, true, 0,
                        10), ProjectPage.class);
                if (projects.items().isEmpty()) {
                    card.add(new Span(t("zone.clusters.noProjects")));
                } else {
                    Div list = new Div();
                    list.addClassName("zone-cluster-projects");
                    for (ProjectSummary project : projects.items()) {
                        Anchor p = new Anchor("projects/" + project.projectId(), project.title() + " · "
                                + Texts.enumValue(screen, "project.status", project.status()));
                        p.getStyle().set("display", "block");
                        list.add(p);
                    }
                    card.add(new Span(t("zone.clusters.projects", projects.totals().count())), list);
                }
            }
            card.add(activitiesOf(cluster));
            clusters.add(card);
        }
    }

    /**
     * The cluster's activities from the last 90 days on (the calendar has all): matchmaking, training, exhibitions;
     * organizers also see their own clusters' planned ones.
     */
    private Div activitiesOf(ClusterSummary cluster) {
        Set<String> ownClusters = actor.map(a -> a.clusterIds()).orElse(Set.of());
        ActivityPage page = queries.one(new FindActivitiesQuery(new ActivityFilter(
                Instant.now().minus(RECENT_ACTIVITIES), null, null, cluster.clusterId(), null, null,
                actor.map(Actor::isSupervisor).orElse(false), ownClusters), 0, 5), ActivityPage.class);
        Div list = new Div();
        list.addClassName("zone-cluster-activities");
        if (page.items().isEmpty()) {
            list.add(new Span(t("zone.clusters.noActivities")));
            return list;
        }
        list.add(new Span(t("zone.clusters.activities", page.total())));
        for (ActivitySummary activity : page.items()) {
            Anchor a = new Anchor(ActivityDetailNavigation.location(activity.activityId()),
                    Texts.dateTime(screen, activity.startsAt()) + " · "
                            + Texts.enumValue(screen, "activity.kind", activity.kind()) + " · " + activity.title());
            a.getStyle().set("display", "block");
            list.add(a);
        }
        return list;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Button action(String key, String id, Runnable run) {
        Button button = new Button(t(key), VaadinIcon.PLUS_CIRCLE_O.create(), click -> run.run());
        button.setId(id);
        return button;
    }

    private Button small(String key, String cssClass, Runnable run) {
        Button button = new Button(t(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(cssClass);
        return button;
    }

    private static Span value(String text, String id) {
        Span span = new Span(text == null || text.isBlank() ? "—" : text);
        span.setId(id);
        return span;
    }
}
