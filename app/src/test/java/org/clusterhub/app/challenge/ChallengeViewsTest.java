package org.clusterhub.app.challenge;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.challenge.ChallengeHttp.*;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.challenge.api.ChallengePostedEvent;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.project.api.ExpertCandidate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The challenge screens in the real Spring context with a mocked browser: list, posting, bidding, refusals, tabs. */
@IntegrationTest
class ChallengeViewsTest extends KaribuViewTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    @Test
    @SuppressWarnings("unchecked")
    void theListFiltersOnTheServer() {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String title = "列表筛选测试榜单" + System.nanoTime();
        http.postChallenge(title);
        openAs(SDU, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("challenges");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("challenge-grid"));
        _get(TextField.class, spec -> spec.withId("challenge-search")).setValue(title);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(title, "基础零部件与元器件", "揭榜中");
        assertThat(_get(Span.class, spec -> spec.withId("challenge-total")).getText()).isEqualTo("共 1 个榜单");
        ((ComboBox<TechnologyArea>) _get(ComboBox.class, spec -> spec.withId("challenge-filter-area")))
                .setValue(TechnologyArea.BASIC_SOFTWARE);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_find(Button.class, spec -> spec.withId("post-challenge"))).as("members may post").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffPostThroughTheDialogAndARefusalIsShownInTheirLanguage() {
        openAs(POSTER, Locale.ENGLISH);
        UI.getCurrent().navigate("challenges");
        _click(_get(Button.class, spec -> spec.withId("post-challenge")));
        String title = "对话框发榜测试" + System.nanoTime();
        ((ComboBox<TechnologyArea>) _get(ComboBox.class, spec -> spec.withId("post-area")))
                .setValue(TechnologyArea.BASIC_PROCESSES);
        _get(TextField.class, spec -> spec.withId("post-title")).setValue(title);
        _get(TextArea.class, spec -> spec.withId("post-need")).setValue("数控机床导轨精密磨削工艺一致性差，需要攻关。");
        _get(TextArea.class, spec -> spec.withId("post-indicators")).setValue("直线度｜≤ 3｜μm/m\n表面粗糙度｜Ra ≤ 0.2｜μm");
        _get(BigDecimalField.class, spec -> spec.withId("post-budget")).setValue(new BigDecimal("300"));
        _get(TextArea.class, spec -> spec.withId("post-eligibility")).setValue("省内企业或科研院所");
        MultiSelectComboBox<ExpertCandidate> evaluators = _get(MultiSelectComboBox.class,
                spec -> spec.withId("post-evaluators"));
        evaluators.select(evaluators.getListDataView().getItems().limit(2).toList());
        _click(_get(Button.class, spec -> spec.withId("post-save")));
        assertThat(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList())
                .contains("At least 3 evaluators are needed.");
        assertThat(evaluators.isInvalid()).isTrue();

        evaluators.select(evaluators.getListDataView().getItems().skip(2).limit(1).toList());
        _click(_get(Button.class, spec -> spec.withId("post-save")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("challenges/");
        String id = path.substring("challenges/".length());
        assertThat(eventStore.readEvents(id).next().getPayload()).isInstanceOfSatisfying(ChallengePostedEvent.class,
                posted -> {
                    assertThat(posted.title()).isEqualTo(title);
                    assertThat(posted.postingOrganization()).isEqualTo("山东机床通用机械工业协会");
                    assertThat(posted.indicators()).hasSize(2);
                    assertThat(posted.evaluators()).hasSize(3);
                });
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("challenge-title")).getText())
                .isEqualTo(title);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(tabs.getTabCount() - 1);
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("history-grid")), 0).toString())
                .contains("Challenge posted");
    }

    @Test
    void aMemberBidsThroughTheDialogAndSeesOnlyItsOwnBid() {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String id = http.postChallenge("界面揭榜测试榜单");
        http.submitBid(SDIIT, id, "研究院提交的另一份方案，界面上不可见。", "700");
        openAs(SDU, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("challenges/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("challenge-bid-count")).getText()).endsWith("1");
        _click(_get(Button.class, spec -> spec.withId("action-submit-bid")));
        _get(TextArea.class, spec -> spec.withId("bid-approach")).setValue("界面提交的陶瓷轴承电主轴方案。");
        _get(TextArea.class, spec -> spec.withId("bid-team")).setValue("教授 2 名");
        _get(TextArea.class, spec -> spec.withId("bid-schedule")).setValue("12 个月");
        _get(BigDecimalField.class, spec -> spec.withId("bid-price")).setValue(new BigDecimal("650"));
        _click(_get(Button.class, spec -> spec.withId("bid-dialog-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("challenge-bid-count")).getText()).endsWith("2");
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        String bids = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("challenge-bids")).getElement().getOuterHTML();
        assertThat(bids).contains("界面提交的陶瓷轴承电主轴方案。", "本单位方案").doesNotContain("研究院提交的另一份方案");
        assertThat(_find(Button.class, spec -> spec.withId("action-submit-bid"))).isEmpty();
        assertThat(http.view(SDU, id).path("bids").get(0).path("approach").asText())
                .isEqualTo("界面提交的陶瓷轴承电主轴方案。");
    }

    @Test
    void theClusterPageListsItsFirstOfAKindResults() throws Exception {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String product = "界面首台套测试产品" + System.nanoTime();
        http.completeWithFirstOfAKind("首台套展示测试榜单", product);
        openAs(WEICHAI, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("clusters/" + CNC_CLUSTER);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("tab-first-of-a-kind".equals(tabs.getTabAt(i).getId().orElse(""))) {
                tabs.setSelectedIndex(i);
            }
        }
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("first-of-a-kind-grid"));
        boolean listed = false;
        for (int row = 0; row < GridKt._size(grid); row++) {
            listed |= GridKt._getFormattedRow(grid, row).contains(product);
        }
        assertThat(listed).isTrue();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("首台（套）装备");
    }
}
