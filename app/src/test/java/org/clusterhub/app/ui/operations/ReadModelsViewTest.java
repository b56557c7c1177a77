package org.clusterhub.app.ui.operations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.IntStream;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.operations.api.ReadModelRebuildView;
import org.clusterhub.operations.api.ReadModelState;
import org.junit.jupiter.api.Test;

/** The supervisors' read-model screen over the real stores: a rebuild confirmed, followed live, and recorded. */
@IntegrationTest
class ReadModelsViewTest extends KaribuViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorRebuildsAReadModelAndSeesItInTheHistory() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("admin/read-models");

        Grid<ReadModelState> readModels = _get(Grid.class, spec -> spec.withId("read-models"));
        int zones = row(readModels, "zone-catalog");
        assertThat(GridKt._getFormatted(readModels, zones, "position")).isNotBlank();
        Button conditions = (Button) GridKt._getCellComponent(readModels, row(readModels, "subsidy-conditions"),
                "action");
        assertThat(conditions.isEnabled()).as("a processor that sends commands is not offered").isFalse();
        assertThat(conditions.getTooltip().getText()).isEqualTo("此处理器会发送命令，重放会重复其操作，不能重建。");

        _click((Button) GridKt._getCellComponent(readModels, zones, "action"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("rebuild-confirm"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("重建读模型“试验区示范区目录”？");
        ConfirmDialogKt._fireConfirm(confirm);

        Grid<ReadModelRebuildView> history = _get(Grid.class, spec -> spec.withId("read-model-rebuilds"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertThat(GridKt._size(history)).isPositive();
                    assertThat(GridKt._getFormatted(history, 0, "status")).isEqualTo("已完成");
                });
        assertThat(GridKt._getFormatted(history, 0, "processor")).isEqualTo("试验区示范区目录");
        assertThat(GridKt._getFormatted(history, 0, "requestedBy")).isEqualTo("supervisor");
        Grid<ReadModelState> after = _get(Grid.class, spec -> spec.withId("read-models"));
        assertThat(((Button) GridKt._getCellComponent(after, row(after, "zone-catalog"), "action")).isEnabled())
                .as("once done it may be rebuilt again").isTrue();
    }

    @Test
    void othersAreToldTheScreenIsForSupervisors() {
        openAs("staff01", Locale.ENGLISH);
        UI.getCurrent().navigate("admin/read-models");
        assertThat(_get(Paragraph.class, spec -> spec.withId("read-models-refused")).getText())
                .isEqualTo("Only the provincial department may rebuild read models.");
        assertThat(_find(Grid.class, spec -> spec.withId("read-models"))).isEmpty();
    }

    private static int row(Grid<ReadModelState> grid, String processor) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).processor().equals(processor)).findFirst().orElseThrow();
    }
}
