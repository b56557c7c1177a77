package org.clusterhub.ui.dashboard.province;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.clusterhub.shared.City;

/**
 * Shandong's 16 cities shaded by activity, drawn by Apache ECharts in the browser from the WebJar's 2018 map (ADR 016:
 * its 17 areas still include 莱芜, which is shown with 济南). Clicking a city calls {@link #openCity} on the server.
 */
class ShandongMap extends Div {

    /** Waits for the scripts (loaded by the view's {@code @JavaScript}), then draws or redraws; clicks open a city. */
    static final String DRAW = """
            const el = $0; const areas = JSON.parse($1); const title = $2;
            const draw = () => {
              if (!window.echarts || !echarts.getMap('山东')) { setTimeout(draw, 100); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              const max = Math.max(1, ...areas.map(a => a.value));
              chart.setOption({
                tooltip: { trigger: 'item', formatter: p => p.data ? p.data.tip : p.name },
                visualMap: { min: 0, max: max, left: 'left', bottom: 10, text: [title, ''], calculable: true,
                  inRange: { color: ['#e8f1fb', '#1676f3', '#0a3d8f'] } },
                series: [{ type: 'map', map: '山东', roam: false, selectedMode: false,
                  label: { show: true, fontSize: 11 }, data: areas }]
              }, true);
              chart.off('click');
              chart.on('click', p => { if (p.data && p.data.city) { el.$server.openCity(p.data.city); } });
              // The card gets its size after the chart is made: follow every size the element takes.
              if (!el.__resized) { el.__resized = new ResizeObserver(() => chart.resize()); el.__resized.observe(el); }
            };
            draw();""";

    private final Consumer<City> open;

    ShandongMap(Consumer<City> open) {
        this.open = open;
        setId("shandong-map");
        setWidthFull();
        setHeight("440px");
    }

    /** @param areasJson [{name (the map's area name), value, city, tip}] */
    void draw(String areasJson, String legend) {
        getElement().executeJs(DRAW, getElement(), areasJson, legend);
    }

    @ClientCallable
    void openCity(String city) {
        open.accept(City.valueOf(city));
    }
}
