package org.clusterhub.app.ui.zone;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.HistoryEntry;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.ReviseZoneAimsCommand;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A zone's page against the real stores: what it shows, who may act, that an accepted change lands (overview and
 * history), that a refused one shows the localized reason and stores nothing, and that changes made elsewhere
 * appear live with a notice.
 */
@IntegrationTest
class ZoneDetailViewTest extends KaribuViewTest {

    static final ZoneId JINAN = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone");
    static final ZoneId JINING = ZoneId.forPlanCode("jining-resource-city-transformation-pilot-zone");
    static final String JINAN_TARGET = "先进制造业主营业务收入占规模以上工业比重";

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void showsJinansOverviewWithItsSeventyPercentTargetBy2025() {
        openAs("coord-qingdao", Locale.SIMPLIFIED_CHINESE);
        open(JINAN);
        assertThat(_get(H2.class, spec -> spec.withId("zone-title")).getText())
                .isEqualTo("济南黄河流域制造业高质量发展试验区");
        assertThat(_get(Span.class, spec -> spec.withId("zone-kind-badge")).getText()).isEqualTo("试验区");
        assertThat(_get(Span.class, spec -> spec.withId("field-city")).getText()).isEqualTo("济南市");
        // Other tests in this shared context revise the aims: compare with what the read model holds now.
        ZoneDetails zone = current(JINAN);
        assertThat(_get(Paragraph.class, spec -> spec.withId("field-aims")).getText()).isEqualTo(zone.aimsZh());
        assertThat(_find(Paragraph.class, spec -> spec.withId("field-aims-other")))
                .extracting(Paragraph::getText)
                .isEqualTo(zone.aimsEn() == null ? List.of() : List.of(zone.aimsEn()));
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("field-key-tasks")), ListItem.class))
                .extracting(ListItem::getText).isEqualTo(zone.keyTasks());
        Grid<ZoneTarget> targets = targetsGrid();
        assertThat(GridKt._size(targets)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(targets, 0)).containsExactly(JINAN_TARGET, "≥ 70%", "2025");

        // The coordinator of another city may read, not act.
        assertThat(_find(Button.class, spec -> spec.withId("action-revise-aims"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("action-set-targets"))).isEmpty();
    }

    @Test
    void showsTheEnglishTextsInEnglish() {
        openAs("supervisor", Locale.ENGLISH);
        open(JINAN);
        assertThat(_get(H2.class, spec -> spec.withId("zone-title")).getText())
                .isEqualTo("Jinan Yellow River Basin Manufacturing High-Quality Development Pilot Zone");
        assertThat(_get(Span.class, spec -> spec.withId("zone-kind-badge")).getText()).isEqualTo("Pilot zone");
        ZoneDetails zone = current(JINAN);
        // Without an English version the Chinese text stands alone.
        assertThat(_get(Paragraph.class, spec -> spec.withId("field-aims")).getText())
                .isEqualTo(zone.aimsEn() != null ? zone.aimsEn() : zone.aimsZh());
        assertThat(_find(Paragraph.class, spec -> spec.withId("field-aims-other")))
                .extracting(Paragraph::getText)
                .isEqualTo(zone.aimsEn() == null ? List.of() : List.of(zone.aimsZh()));
        assertThat(GridKt._getFormattedRow(targetsGrid(), 0)).containsExactly(
                "Share of advanced manufacturing in the main business revenue of above-scale industry", "≥ 70%",
                "2025");
        assertThat(_find(Button.class, spec -> spec.withId("action-revise-aims"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-set-targets"))).hasSize(1);
    }

    @Test
    void aMemberSeesNoActions() {
        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        open(JINAN);
        assertThat(GridKt._size(targetsGrid())).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-revise-aims"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("action-set-targets"))).isEmpty();
    }

    @Test
    void theCityCoordinatorRevisesTheAimsAndTheChangeLandsInOverviewAndHistory() {
        openAs("coord-jinan", Locale.SIMPLIFIED_CHINESE);
        open(JINAN);
        long before = lastSequence(JINAN);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-revise-aims")));
        TextArea aimsZh = _get(TextArea.class, spec -> spec.withId("aims-zh"));
        // Keep the plan's text as a prefix: other tests in this shared context still find it.
        String revised = aimsZh.getValue() + "（" + UUID.randomUUID() + "）";
        aimsZh.setValue(revised);
        _get(TextArea.class, spec -> spec.withId("aims-reason")).setValue("年度评估后补充说明");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("revise-aims-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(lastSequence(JINAN)).isEqualTo(before + 1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("field-aims")).getText()).isEqualTo(revised);

        selectTab("tab-history");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        List<String> last = GridKt._getFormattedRow(history, GridKt._size(history) - 1);
        assertThat(last).contains(String.valueOf(before + 1), "修订目标与重点任务", "济南市 协调员（市级协调员）",
                "济南市工业和信息化局", "济南市");
        assertThat(String.join(" ", last)).contains("年度评估后补充说明");
    }

    @Test
    void invalidAimsShowTheLocalizedErrorOnTheFieldAndStoreNothing() {
        openAs("coord-jinan", Locale.SIMPLIFIED_CHINESE);
        open(JINAN);
        long before = lastSequence(JINAN);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-revise-aims")));
        TextArea aimsZh = _get(TextArea.class, spec -> spec.withId("aims-zh"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("aims-reason"));
        aimsZh.setValue("<script>alert(1)</script>");
        reason.setValue("");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("revise-aims-save")));

        assertThat(aimsZh.isInvalid()).isTrue();
        assertThat(aimsZh.getErrorMessage()).isEqualTo("不能包含 HTML 标签或脚本");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("必填，不能为空");
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("输入有误："));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(lastSequence(JINAN)).isEqualTo(before);
        assertThat(_get(Paragraph.class, spec -> spec.withId("field-aims")).getText()).doesNotContain("<script>");
    }

    @Test
    void unchangedAimsAreRefusedByTheAggregateWithItsLocalizedReason() {
        openAs("coord-jinan", Locale.SIMPLIFIED_CHINESE);
        open(JINAN);
        long before = lastSequence(JINAN);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-revise-aims")));
        _get(TextArea.class, spec -> spec.withId("aims-reason")).setValue("无变化");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("revise-aims-save")));

        assertThat(notificationTexts()).contains("目标与重点任务没有任何变化");
        assertThat(lastSequence(JINAN)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSupervisorSetsTargetsRowByRowAndInvalidRowsAreMarked() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        open(JINING);
        long before = lastSequence(JINING);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-set-targets")));
        int existing = _find(TextField.class, spec -> spec.withClasses("target-indicator-zh")).size();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("targets-add-row")));
        List<TextField> indicators = _find(TextField.class, spec -> spec.withClasses("target-indicator-zh"));
        assertThat(indicators).hasSize(existing + 1);
        int row = existing;
        ButtonKt._click(_get(Button.class, spec -> spec.withId("set-targets-save")));

        // An empty row and no reason: marked on the row's fields, nothing stored.
        assertThat(indicators.get(row).isInvalid()).isTrue();
        assertThat(indicators.get(row).getErrorMessage()).isEqualTo("必填，不能为空");
        BigDecimalField value = _find(BigDecimalField.class, spec -> spec.withClasses("target-value")).get(row);
        assertThat(value.isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("targets-reason")).isInvalid()).isTrue();
        assertThat(lastSequence(JINING)).isEqualTo(before);

        String indicator = "规上工业增加值年均增速" + UUID.randomUUID().toString().substring(0, 8);
        indicators.get(row).setValue(indicator);
        ((Select<String>) _find(Select.class, spec -> spec.withClasses("target-comparator")).get(row)).setValue(">=");
        value.setValue(new BigDecimal("6.5"));
        _find(TextField.class, spec -> spec.withClasses("target-unit")).get(row).setValue("%");
        _find(IntegerField.class, spec -> spec.withClasses("target-year")).get(row).setValue(2025);
        _get(TextArea.class, spec -> spec.withId("targets-reason")).setValue("按年度计划设定");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("set-targets-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(lastSequence(JINING)).isEqualTo(before + 1);
        Grid<ZoneTarget> targets = targetsGrid();
        assertThat(GridKt._getFormattedRow(targets, GridKt._size(targets) - 1))
                .containsExactly(indicator, "≥ 6.5%", "2025");
    }

    @Test
    void aChangeMadeElsewhereAppearsLiveWithANoticeNamingWhoChangedWhat() {
        openAs("coord-jinan", Locale.SIMPLIFIED_CHINESE);
        open(JINAN);
        ZoneDetails current = current(JINAN);
        String revised = current.aimsZh() + "（督导补充 " + UUID.randomUUID() + "）";
        Actor supervisor = new Actor("u-supervisor", "supervisor", "省工信厅 督导员", Role.SUPERVISOR, Set.of(),
                City.JINAN, "山东省工业和信息化厅");
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new ReviseZoneAimsCommand(JINAN,
                        City.JINAN, revised, current.aimsEn(), current.keyTasks(), "督导意见", current.version()))
                .andMetaData(ActorMetaData.of(supervisor)), 10, TimeUnit.SECONDS);

        // The live feed calls back on its own thread; Karibu runs the queued UI.access tasks when asked to.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertThat(_get(Paragraph.class, spec -> spec.withId("field-aims")).getText())
                            .isEqualTo(revised);
                    assertThat(notificationTexts()).anyMatch(text ->
                            text.startsWith("省工信厅 督导员（山东省工业和信息化厅，济南市）刚刚修订目标与重点任务：原因：督导意见"));
                });
    }

    private static void open(ZoneId zone) {
        UI.getCurrent().navigate("zones/" + zone);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ZoneTarget> targetsGrid() {
        return _get(Grid.class, spec -> spec.withId("zone-targets-grid"));
    }

    private static void selectTab(String id) {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map((Notification n) -> n.getElement().getProperty("text", "")).toList();
    }

    private ZoneDetails current(ZoneId zone) {
        return queryGateway.query(new FindZoneQuery(zone), ResponseTypes.optionalInstanceOf(ZoneDetails.class))
                .join().orElseThrow();
    }

    private long lastSequence(ZoneId zone) {
        return eventStore.lastSequenceNumberFor(zone.toString()).orElse(-1L);
    }
}
