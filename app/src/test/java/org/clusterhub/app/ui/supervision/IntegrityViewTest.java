package org.clusterhub.app.ui.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Locale;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.junit.jupiter.api.Test;

/** The supervisors' integrity check over the real store: one history, then every event, with progress. */
@IntegrationTest
class IntegrityViewTest extends KaribuViewTest {

    @Test
    void aSupervisorVerifiesOneHistoryAndTheWholeStore() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/integrity");

        TextField id = _get(TextField.class, spec -> spec.withId("integrity-aggregate-id"));
        id.setValue("不是ID");
        _click(_get(Button.class, spec -> spec.withId("integrity-verify-one")));
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo("请输入对象ID（UUID 格式）。");

        id.setValue(ClusterId.forPlanCode("smart-agricultural-machinery").toString());
        _click(_get(Button.class, spec -> spec.withId("integrity-verify-one")));
        Paragraph summary = _get(Paragraph.class, spec -> spec.withId("integrity-summary"));
        assertThat(summary.getText()).startsWith("完好：1 个对象的");
        assertThat(summary.getElement().getAttribute("data-intact")).isEqualTo("true");

        _click(_get(Button.class, spec -> spec.withId("integrity-verify-store")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertThat(_get(Button.class, spec -> spec.withId("integrity-verify-store")).isEnabled())
                            .isTrue();
                    assertThat(summary.getElement().getAttribute("data-intact")).isEqualTo("true");
                });
        assertThat(summary.getText()).startsWith("完好：").contains("条事件均与哈希链一致");
        assertThat(_find(Grid.class, spec -> spec.withId("integrity-findings"))).as("no findings shown").isEmpty();
    }

    @Test
    void othersAreToldTheCheckIsForSupervisors() {
        openAs("staff01", Locale.ENGLISH);
        UI.getCurrent().navigate("supervision/integrity");
        assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-refused")).getText())
                .isEqualTo("Only the provincial department may check integrity.");
        assertThat(_find(Button.class, spec -> spec.withId("integrity-verify-store"))).isEmpty();
    }
}
