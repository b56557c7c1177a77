package org.clusterhub.app.ui.consortium;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.consortium.ConsortiumRest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.consortium.api.TechnologyArea;
import org.junit.jupiter.api.Test;

/**
 * A member proposes a consortium from the list: refused input is explained on its fields in the person's language
 * and nothing is created; corrected, the proposal opens the new consortium's page with the organization as lead.
 */
@IntegrationTest
class ProposeConsortiumDialogTest extends KaribuViewTest {

    @Test
    void aMemberProposesAConsortiumAndBadInputIsExplainedOnItsFields() {
        openAs("member-platform", Locale.ENGLISH);
        UI.getCurrent().navigate("consortia");
        _click(_get(Button.class, spec -> spec.withId("propose-consortium")));
        @SuppressWarnings("unchecked")
        ComboBox<ClusterSummary> cluster = _get(ComboBox.class, spec -> spec.withId("propose-cluster"));
        cluster.setValue(cluster.getListDataView().getItems()
                .filter(c -> c.clusterId().toString().equals(ConsortiumRest.POWER_CLUSTER)).findFirst().orElseThrow());
        String name = "工业互联网标识解析创新联合体" + UUID.randomUUID().toString().substring(0, 4);
        _get(TextField.class, spec -> spec.withId("propose-name")).setValue(name);
        _get(Select.class, spec -> spec.withId("propose-area")).setValue(TechnologyArea.BASIC_SOFTWARE);
        _get(TextField.class, spec -> spec.withId("propose-keywords")).setValue("标识解析，边缘计算");
        _get(TextArea.class, spec -> spec.withId("propose-aims")).setValue("建设面向动力装备的标识解析二级节点。");
        _get(TextField.class, spec -> spec.withId("propose-credit-code")).setValue("91370200MA3R4T5U0X");
        _get(BigDecimalField.class, spec -> spec.withId("propose-money")).setValue(new BigDecimal("-1"));
        _click(_get(Button.class, spec -> spec.withId("propose-save")));

        TextField code = _get(TextField.class, spec -> spec.withId("propose-credit-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isNotBlank().doesNotContain("{");
        assertThat(_get(TextArea.class, spec -> spec.withId("propose-platforms")).isInvalid()).isTrue();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("propose-money")).isInvalid()).isTrue();

        code.setValue(ConsortiumRest.PLATFORM_CODE);
        _get(TextArea.class, spec -> spec.withId("propose-platforms")).setValue("标识解析二级节点\n边缘计算实验室");
        _get(BigDecimalField.class, spec -> spec.withId("propose-money")).setValue(new BigDecimal("300000"));
        _click(_get(Button.class, spec -> spec.withId("propose-save")));
        assertThat(_get(H2.class, spec -> spec.withId("consortium-name")).getText()).isEqualTo(name);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("consortia/");
    }
}
