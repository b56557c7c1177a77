package org.clusterhub.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ClusterDirectoryViewTest extends KaribuViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void listsThePlansTwentyClustersInChineseAndFiltersOnTheServer() {
        openAs("coord-qingdao", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("clusters");
        Grid<ClusterSummary> grid = _get(Grid.class, spec -> spec.withId("cluster-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(20);
        assertThat(GridKt._get(grid, 0).nameZh()).isEqualTo("青岛轨道交通装备产业集群");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("青岛轨道交通装备产业集群", "国家级", "青岛市");

        _get(TextField.class, spec -> spec.withId("cluster-search")).setValue("钢铁");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).nameZh()).isEqualTo("高端钢铁先进制造业集群");

        _get(TextField.class, spec -> spec.withId("cluster-search")).setValue("");
        ((ComboBox<City>) _get(ComboBox.class, spec -> spec.withId("cluster-city-filter"))).setValue(City.WEIHAI);
        assertThat(GridKt._size(grid)).isBetween(1, 19);
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._getFormattedRow(grid, row).toString()).contains("威海市");
        }
        // Only supervisors may add clusters.
        assertThat(_find(Button.class, spec -> spec.withId("add-cluster"))).isEmpty();
    }

    @Test
    void speaksEnglishWhenChosen() {
        openAs("supervisor", Locale.ENGLISH);
        UI.getCurrent().navigate("clusters");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("cluster-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Qingdao Rail Transit Equipment Industry Cluster",
                "National", "Qingdao");
        assertThat(_find(Button.class, spec -> spec.withId("add-cluster"))).hasSize(1);
    }
}
