package org.clusterhub.app.ui.zone;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.FindActivityQuery;
import org.clusterhub.activity.api.PlanActivityCommand;
import org.clusterhub.activity.api.PublishActivityCommand;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import static org.awaitility.Awaitility.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.zone.api.IndicatorReportView;
import org.clusterhub.zone.api.ReportState;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneMonitoringView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The zone page's monitoring against the real stores: the city's coordinator reports a value through the dialog
 * (bad input marked on its field, nothing stored), the chart shows the path and the target, a supervisor questions
 * the value and the coordinator answers with a correction, each seeing only their own actions; the task list and the
 * clusters of the zone's city.
 */
@IntegrationTest
class ZoneIndicatorsTabTest extends KaribuViewTest {

    static final ZoneId JINING = ZoneScenario.zone("jining-resource-city-transformation-pilot-zone");

    @Autowired
    EventStore eventStore;

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorReportsASupervisorQuestionsAndTheAnswerCorrectsTheValue() {
        ZoneScenario zones = new ZoneScenario(context);
        String indicator = zones.target(JINING, "专精特新中小企业数量", ">=", "800", "家", 2027);
        openAs("coord-jining", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zones/" + JINING);
        selectTab("tab-indicators");
        long before = lastSequence();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-report-value")));
        ((Select<String>) _get(Select.class, spec -> spec.withId("report-indicator"))).setValue(indicator);
        _get(IntegerField.class, spec -> spec.withId("report-year")).setValue(2099);
        _get(BigDecimalField.class, spec -> spec.withId("report-value")).setValue(new BigDecimal("420"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-report-confirm")));
        // A future year and no source: both marked on their fields, the dialog stays, nothing stored.
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("report-year"));
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("报告期尚未开始（按北京时间），不能填报未来期间的数据");
        assertThat(_get(TextField.class, spec -> spec.withId("report-source")).getErrorMessage())
                .isEqualTo("必填，不能为空");
        assertThat(lastSequence()).isEqualTo(before);

        year.setValue(2023);
        _get(TextField.class, spec -> spec.withId("report-source")).setValue("济宁市统计局年报");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-report-confirm")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(lastSequence()).isEqualTo(before + 1);

        Div chart = _get(Div.class, spec -> spec.withClasses("indicator-chart-box"));
        String svg = chart.getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("class=\"target-line\"").contains("≥ 800家 (2027)")
                .contains("<title>2023: 420家</title>");
        assertThat(_get(Span.class, spec -> spec.withClasses("indicator-track")).getText()).isEqualTo("仅有基期值");
        // The coordinator reports and answers; questioning and accepting are a supervisor's.
        assertThat(_find(actionsOfNewestReport(), Button.class)).isEmpty();
        signOut();

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zones/" + JINING);
        selectTab("tab-indicators");
        assertThat(_find(Button.class, spec -> spec.withId("action-report-value"))).isEmpty();
        ButtonKt._click(_get(actionsOfNewestReport(), Button.class, spec -> spec.withClasses("action-question")));
        _get(TextArea.class, spec -> spec.withId("zone-text")).setValue("是否含已迁出企业？");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-text-confirm")));
        assertThat(lastSequence()).isEqualTo(before + 2);
        signOut();

        openAs("coord-jining", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zones/" + JINING);
        selectTab("tab-indicators");
        ButtonKt._click(_get(actionsOfNewestReport(), Button.class, spec -> spec.withClasses("action-answer")));
        _get(TextArea.class, spec -> spec.withId("answer-text")).setValue("已剔除迁出企业");
        _get(BigDecimalField.class, spec -> spec.withId("answer-value")).setValue(new BigDecimal("398"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-answer-confirm")));
        assertThat(lastSequence()).isEqualTo(before + 3);

        Grid<IndicatorReportView> reports = _get(Grid.class, spec -> spec.withClasses("indicator-reports"));
        List<String> row = GridKt._getFormattedRow(reports, 0);
        assertThat(row).contains("2023", "398家", "济宁市统计局年报", "已回复");
        assertThat(String.join(" ", row)).contains("质询（省工信厅 督导员）：是否含已迁出企业？")
                .contains("回复（济宁市 协调员）：已剔除迁出企业 [420 → 398]");
        ZoneMonitoringView view = zones.monitoring(JINING, before + 3);
        assertThat(view.indicators().get(0).reports().get(0).state()).isEqualTo(ReportState.ANSWERED);
    }

    @Test
    void theCoordinatorKeepsTheTaskListAndTheZoneListsItsCitysClusters() {
        openAs("coord-jining", Locale.ENGLISH);
        UI.getCurrent().navigate("zones/" + JINING);
        selectTab("tab-tasks");
        long before = lastSequence();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-add-task")));
        _get(TextField.class, spec -> spec.withId("task-title")).setValue("Construction machinery base, phase 2");
        _get(TextArea.class, spec -> spec.withId("task-owners")).setValue("山推股份\n济宁高新区管委会");
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("task-start"))
                .setValue(java.time.LocalDate.of(2025, 3, 1));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("task-due"))
                .setValue(java.time.LocalDate.of(2025, 1, 1));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-task-confirm")));
        assertThat(NotificationsKt.getNotifications().stream()
                .map((Notification n) -> n.getElement().getProperty("text", "")))
                .contains("The due date cannot be before the start date");
        assertThat(lastSequence()).isEqualTo(before);

        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("task-due"))
                .setValue(java.time.LocalDate.of(2026, 12, 31));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-task-confirm")));
        assertThat(lastSequence()).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        Grid<?> tasks = _get(Grid.class, spec -> spec.withId("zone-task-grid"));
        assertThat(GridKt._findAll(tasks).stream().map(Object::toString))
                .anyMatch(text -> text.contains("Construction machinery base, phase 2"));

        // Revised on the screen: the dialog comes filled with the task as it is.
        int row = 0;
        while (!GridKt._get(tasks, row).toString().contains("Construction machinery base, phase 2")) {
            row++;
        }
        Button revise = (Button) GridKt._getCellComponent(tasks, row, "actions").getChildren()
                .filter(button -> button.getElement().getClassList().contains("action-task-revise"))
                .findFirst().orElseThrow();
        ButtonKt._click(revise);
        TextField taskTitle = _get(TextField.class, spec -> spec.withId("task-title"));
        assertThat(taskTitle.getValue()).isEqualTo("Construction machinery base, phase 2");
        taskTitle.setValue("Construction machinery base, phase 2 (extended)");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("zone-task-confirm")));
        assertThat(lastSequence()).isEqualTo(before + 2);
        tasks = _get(Grid.class, spec -> spec.withId("zone-task-grid"));
        assertThat(GridKt._findAll(tasks).stream().map(Object::toString))
                .anyMatch(text -> text.contains("phase 2 (extended)"));

        // An event of the coal-based fine chemicals cluster, published: the zone's page lists it under the cluster.
        ActivityId activity = ActivityId.create();
        Instant start = Instant.now().plus(Duration.ofDays(3));
        CommandGateway commands = context.getBean(CommandGateway.class);
        for (Object command : List.of(new PlanActivityCommand(activity, ClusterId.forPlanCode("coal-based-fine-chemicals"),
                ActivityKind.TRAINING, "煤基新材料技能人才培训班" + activity.toString().substring(0, 6), "企业转型培训",
                City.JINING, "济宁职业技术学院", false, start, start.plus(Duration.ofHours(6)), 60,
                Instant.now().minusSeconds(60), start, false, List.of(), 0, 0, null),
                new PublishActivityCommand(activity))) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(ActorMetaData.of(Actor.SYSTEM)), 15, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> context.getBean(QueryGateway.class)
                .query(new FindActivityQuery(activity), ResponseTypes.optionalInstanceOf(ActivityView.class)).join()
                .map(view -> view.status() == ActivityStatus.PUBLISHED).orElse(false));
        UI.getCurrent().navigate("zones");
        UI.getCurrent().navigate("zones/" + JINING);
        selectTab("tab-clusters");
        // Jining is the center city of the coal-based fine chemicals cluster and a key city of the CNC machine tools.
        assertThat(_find(Anchor.class, spec -> spec.withClasses("zone-cluster-link")).stream().map(Anchor::getText))
                .contains("Coal-based Fine Chemicals Industry Cluster", "CNC Machine Tool Industry Cluster");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .anyMatch(text -> text.contains("Training") && text.contains(activity.toString().substring(0, 6)));
    }

    /** Karibu does not attach a grid's component cells: ask the grid for the cell of the newest report. */
    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.Component actionsOfNewestReport() {
        Grid<IndicatorReportView> reports = _get(Grid.class, spec -> spec.withClasses("indicator-reports"));
        return GridKt._getCellComponent(reports, 0, "actions");
    }

    private static void selectTab(String id) {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private long lastSequence() {
        return eventStore.lastSequenceNumberFor(JINING.toString()).orElse(-1L);
    }
}
