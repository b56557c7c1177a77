package org.clusterhub.app.ui.zone;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneSummary;
import org.junit.jupiter.api.Test;

/** The zone directory: the plan's 6 zones, filtered on the server, in the UI language. */
@IntegrationTest
class ZoneDirectoryViewTest extends KaribuViewTest {

    static final String JINAN_ZH = "济南黄河流域制造业高质量发展试验区";
    static final String QINGDAO_ZH = "青岛“两化两业”深度融合发展试验区";

    @Test
    void listsThePlansSixZonesInChineseWithKindsAndCities() {
        openAs("coord-qingdao", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zones");
        Grid<ZoneSummary> grid = grid();

        assertThat(GridKt._size(grid)).isEqualTo(6);
        assertThat(rows(grid).stream().map(ZoneSummary::planNumber)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("1", JINAN_ZH, "试验区", "济南市", "1");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains(QINGDAO_ZH, "试验区", "青岛市");
        assertThat(GridKt._getFormattedRow(grid, 4)).contains("淄博传统产业转型升级示范区", "示范区", "淄博市");
        assertThat(GridKt._getFormattedRow(grid, 5)).contains("烟台产业基础能力提升示范区", "示范区", "烟台市");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByCityKindAndTextOnTheServer() {
        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("zones");
        Grid<ZoneSummary> grid = grid();
        ComboBox<City> city = _get(ComboBox.class, spec -> spec.withId("zone-city-filter"));
        Select<ZoneKind> kind = _get(Select.class, spec -> spec.withId("zone-kind-filter"));
        TextField text = _get(TextField.class, spec -> spec.withId("zone-search"));

        city.setValue(City.QINGDAO);
        assertThat(rows(grid)).extracting(ZoneSummary::nameZh).containsExactly(QINGDAO_ZH);
        city.setValue(City.DEZHOU);
        assertThat(GridKt._size(grid)).isZero();
        city.clear();

        kind.setValue(ZoneKind.DEMONSTRATION);
        assertThat(rows(grid)).extracting(ZoneSummary::nameZh)
                .containsExactly("淄博传统产业转型升级示范区", "烟台产业基础能力提升示范区");
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._getFormattedRow(grid, row)).contains("示范区");
        }
        kind.setValue(ZoneKind.PILOT);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        kind.clear();

        // Matches the name, the aims and the target indicators, not only the name.
        text.setValue("两化两业");
        assertThat(rows(grid)).extracting(ZoneSummary::nameZh).containsExactly(QINGDAO_ZH);
        text.setValue("主营业务收入占规模以上工业比重");
        assertThat(rows(grid)).extracting(ZoneSummary::nameZh).contains(JINAN_ZH);
        text.setValue("试验区");
        kind.setValue(ZoneKind.DEMONSTRATION);
        city.setValue(City.JINAN);
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void speaksEnglishWhenChosenAndOpensTheDetailPage() {
        openAs("supervisor", Locale.ENGLISH);
        UI.getCurrent().navigate("zones");
        Grid<ZoneSummary> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(
                "Jinan Yellow River Basin Manufacturing High-Quality Development Pilot Zone", "Pilot zone", "Jinan");
        assertThat(GridKt._getFormattedRow(grid, 4)).contains(
                "Zibo Traditional Industry Transformation and Upgrading Demonstration Zone", "Demonstration zone",
                "Zibo");

        GridKt._clickItem(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("zone-title")).getText())
                .isEqualTo("Jinan Yellow River Basin Manufacturing High-Quality Development Pilot Zone");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ZoneSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("zone-grid"));
    }

    private static List<ZoneSummary> rows(Grid<ZoneSummary> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
