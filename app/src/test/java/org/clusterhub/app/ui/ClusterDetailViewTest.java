package org.clusterhub.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.MemberOrganizationView;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.City;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.clusterhub.supervision.api.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ClusterDetailViewTest extends KaribuViewTest {

    /** 高端钢铁先进制造业集群: center cities Rizhao, Linyi, Jinan, Tai'an. Tests here change it; others leave it. */
    static final ClusterId STEEL = ClusterId.forPlanCode("high-end-steel");

    @Autowired
    EventStore eventStore;

    private static String freshCreditCode(String seed) {
        String first17 = "913711" + "00" + String.format("%09d", Math.abs(seed.hashCode()) % 1_000_000_000);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCityCoordinatorAddsAMemberOfTheirCityAndTheHistoryShowsWhoDidIt() {
        openAs("coord-rizhao", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("clusters/" + STEEL);
        assertThat(_get(H2.class, spec -> spec.withId("cluster-title")).getText()).isEqualTo("高端钢铁先进制造业集群");

        showTab(1);
        _click(_get(Button.class, spec -> spec.withId("add-member")));
        ComboBox<City> city = _get(ComboBox.class, spec -> spec.withId("member-city"));
        assertThat(city.getValue()).isEqualTo(City.RIZHAO);
        assertThat(city.isReadOnly()).isTrue();
        String code = freshCreditCode("rizhao-steel-" + System.nanoTime());
        _get(TextField.class, spec -> spec.withId("member-name")).setValue("日照钢铁控股集团有限公司");
        ((Select<OrganizationKind>) _get(Select.class, spec -> spec.withId("member-kind"))).setValue(OrganizationKind.ENTERPRISE);
        ((Select<ChainPosition>) _get(Select.class, spec -> spec.withId("member-chain-position")))
                .setValue(ChainPosition.CHAIN_LEADER);
        _get(TextField.class, spec -> spec.withId("member-credit-code")).setValue(code);
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        Grid<MemberOrganizationView> members = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(GridKt._findAll(members)).anyMatch(m -> m.creditCode().equals(code));

        showTab(2);
        Grid<HistoryEntry> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        HistoryEntry last = GridKt._get(history, GridKt._size(history) - 1);
        assertThat(last.eventType()).isEqualTo("MemberOrganizationAddedEvent");
        assertThat(last.username()).isEqualTo("coord-rizhao");
        assertThat(last.city()).isEqualTo("RIZHAO");
        assertThat(last.organization()).isEqualTo("日照市工业和信息化局");
        assertThat(last.correlationId()).isNotBlank();
        assertThat(GridKt._getFormattedRow(history, GridKt._size(history) - 1).toString())
                .contains("添加成员单位", "日照钢铁控股集团有限公司", "日照市");
    }

    @Test
    void aWrongCreditCodeIsShownOnTheFieldAndNothingIsStored() {
        long before = eventStore.lastSequenceNumberFor(STEEL.toString()).orElseThrow();
        openAs("staff18", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("clusters/" + STEEL);
        showTab(1);
        _click(_get(Button.class, spec -> spec.withId("add-member")));
        _get(TextField.class, spec -> spec.withId("member-name")).setValue("某钢材加工企业");
        _get(TextField.class, spec -> spec.withId("member-credit-code")).setValue("91371100123456789A");
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        TextField creditCode = _get(TextField.class, spec -> spec.withId("member-credit-code"));
        assertThat(creditCode.isInvalid()).isTrue();
        assertThat(creditCode.getErrorMessage()).contains("统一社会信用代码");
        assertThat(eventStore.lastSequenceNumberFor(STEEL.toString())).hasValue(before);
    }

    @Test
    void staffOfAnotherClusterAndMembersSeeNoChangeActions() {
        openAs("staff01", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("clusters/" + STEEL);
        assertThat(_find(Button.class, spec -> spec.withId("action-change-level"))).isEmpty();
        showTab(1);
        assertThat(_find(Button.class, spec -> spec.withId("add-member"))).isEmpty();
        signOut();

        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("clusters/" + STEEL);
        showTab(1);
        assertThat(_find(Button.class, spec -> spec.withId("add-member"))).isEmpty();
    }

    private static void showTab(int index) {
        _get(TabSheet.class).setSelectedIndex(index);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorRecordsACompetitionApplicationInEnglish() {
        openAs("supervisor", Locale.ENGLISH);
        UI.getCurrent().navigate("clusters/" + ClusterId.forPlanCode("high-end-meat"));
        assertThat(_get(H2.class, spec -> spec.withId("cluster-title")).getText()).contains("Meat");
        _click(_get(Button.class, spec -> spec.withId("action-record-application")));
        _get(TextArea.class, spec -> spec.withId("reason")).setValue("Applied together with Yantai and Linyi");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("field-national-competition"))
                .getText()).contains("Applied together with Yantai and Linyi", "pending");
        assertThat(_find(Button.class, spec -> spec.withId("action-record-result"))).hasSize(1);
        assertThat(ClusterLevel.PROVINCIAL).isNotNull();
    }
}
