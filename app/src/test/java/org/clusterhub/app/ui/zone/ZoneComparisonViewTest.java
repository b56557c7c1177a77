package org.clusterhub.app.ui.zone;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.TrackStatus;
import org.clusterhub.zone.api.ZoneComparisonRow;
import org.clusterhub.zone.api.ZoneCreationStatus;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The comparison screen against the real stores: all six zones side by side with the national goal, filters on the
 * server, off-track indicators marked, a batch recommended from the dialog (and refused for a coordinator), and a
 * value reported elsewhere appearing live.
 */
@IntegrationTest
class ZoneComparisonViewTest extends KaribuViewTest {

    static final ZoneId YANTAI = ZoneScenario.zone("yantai-industrial-foundation-demonstration-zone");
    static final ZoneId QINGDAO = ZoneScenario.zone("qingdao-two-integrations-pilot-zone");
    static final Actor COORD_YANTAI = ZoneScenario.coordinatorOf(City.YANTAI, "coord-yantai");

    @Autowired
    EventStore eventStore;

    @Test
    void theSupervisorSeesAllSixZonesWithTheNationalGoal() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zone-comparison");

        Grid<ZoneComparisonRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo("济南黄河流域制造业高质量发展试验区");
        assertThat(_get(Span.class, spec -> spec.withId("national-goal-headline")).getText())
                .matches("国家级制造业高质量发展试验区示范区：已创建 \\d+ 个，目标 3 个以上（2025年）");
        assertThat(_find(Button.class, spec -> spec.withId("action-recommend-batch"))).hasSize(1);
        // Jinan's row names its indicator from the plan.
        assertThat(textOf(GridKt._getCellComponent(grid, 0, columnKey(grid, 3))))
                .contains("先进制造业主营业务收入占规模以上工业比重");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersOnTheServerAndMarksOffTrackIndicators() {
        ZoneScenario zones = new ZoneScenario(context);
        String indicator = zones.target(YANTAI, "国家级专精特新小巨人企业数", ">=", "120", "家", 2027);
        zones.report(YANTAI, COORD_YANTAI, indicator, "2022", "40");
        zones.report(YANTAI, COORD_YANTAI, indicator, "2025-Q2", "55");

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zone-comparison");
        ((Select<ZoneKind>) _get(Select.class, spec -> spec.withId("comparison-kind"))).setValue(ZoneKind.DEMONSTRATION);
        Grid<ZoneComparisonRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("comparison-total")).getText()).isEqualTo("共 2 个");

        _get(Checkbox.class, spec -> spec.withId("comparison-off-track")).setValue(true);
        // From 40 (end of 2022) to 120 (end of 2027), mid-2025 expects about 80: 55 is off track.
        List<ZoneComparisonRow> rows = GridKt._findAll(grid);
        assertThat(rows).extracting(ZoneComparisonRow::zoneId).contains(YANTAI);
        ZoneComparisonRow yantai = rows.stream().filter(r -> r.zoneId().equals(YANTAI)).findFirst().orElseThrow();
        assertThat(yantai.indicators()).singleElement()
                .satisfies(i -> assertThat(i.track().status()).isEqualTo(TrackStatus.OFF_TRACK));
        String cell = textOf(GridKt._getCellComponent(grid, rows.indexOf(yantai), columnKey(grid, 3)));
        assertThat(cell).contains(indicator + "：55家（2025-Q2） / ≥ 120家 @2027").contains("进度滞后");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchIsRecommendedFromTheDialogAndRefusedToACoordinator() {
        openAs("coord-qingdao", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zone-comparison");
        assertThat(_find(Button.class, spec -> spec.withId("action-recommend-batch"))).isEmpty();
        signOut();

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zone-comparison");
        long before = eventStore.lastSequenceNumberFor(QINGDAO.toString()).orElseThrow();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-recommend-batch")));
        CheckboxGroup<ZoneComparisonRow> zones = _get(CheckboxGroup.class, spec -> spec.withId("batch-zones"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("batch-confirm")));
        // Nothing filled in: the fields say what is missing, nothing is stored.
        assertThat(_get(TextField.class, spec -> spec.withId("batch-name")).isInvalid()).isTrue();
        assertThat(zones.isInvalid()).isTrue();
        assertThat(eventStore.lastSequenceNumberFor(QINGDAO.toString())).contains(before);

        _get(TextField.class, spec -> spec.withId("batch-name")).setValue("2025年第三批");
        ZoneComparisonRow qingdao = zones.getListDataView().getItems().filter(r -> r.zoneId().equals(QINGDAO))
                .findFirst().orElseThrow();
        zones.setValue(java.util.Set.of(qingdao));
        _get(TextArea.class, spec -> spec.withId("batch-reasons")).setValue("工业互联网平台体系领先全国");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("batch-confirm")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(eventStore.lastSequenceNumberFor(QINGDAO.toString())).contains(before + 1);
        ZoneComparisonRow after = GridKt._findAll(grid()).stream().filter(r -> r.zoneId().equals(QINGDAO))
                .findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL);
        // The batch list follows the batch's own event, live.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    Grid<?> batches = _get(Grid.class, spec -> spec.withId("batch-grid"));
                    assertThat(GridKt._size(batches)).isPositive();
                    assertThat(GridKt._getFormattedRow(batches, 0)).contains("2025年第三批",
                            "青岛“两化两业”深度融合发展试验区", "工业互联网平台体系领先全国");
                });
    }

    @Test
    void aValueReportedElsewhereAppearsLive() {
        ZoneScenario zones = new ZoneScenario(context);
        String indicator = zones.target(YANTAI, "智能工厂数量", ">=", "60", "个", 2027);
        openAs("supervisor", Locale.ENGLISH);
        UI.getCurrent().navigate("zone-comparison");

        zones.report(YANTAI, COORD_YANTAI, indicator, "2024", "31");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    Grid<ZoneComparisonRow> grid = grid();
                    int row = GridKt._findAll(grid).stream().map(ZoneComparisonRow::zoneId).toList().indexOf(YANTAI);
                    assertThat(textOf(GridKt._getCellComponent(grid, row, columnKey(grid, 3))))
                            .contains(indicator + ": 31个 (2024)").contains("Baseline only");
                });
    }

    @SuppressWarnings("unchecked")
    private static Grid<ZoneComparisonRow> grid() {
        return _get(Grid.class, spec -> spec.withId("comparison-grid"));
    }

    /** Karibu addresses component columns by key: give the column one if it has none. */
    private static String columnKey(Grid<?> grid, int index) {
        Grid.Column<?> column = grid.getColumns().get(index);
        if (column.getKey() == null) {
            column.setKey("column-" + index);
        }
        return column.getKey();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map((Notification n) -> n.getElement().getProperty("text", "")).toList();
    }
}
