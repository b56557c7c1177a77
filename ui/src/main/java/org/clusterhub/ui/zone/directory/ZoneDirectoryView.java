package org.clusterhub.ui.zone.directory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.clusterhub.shared.City;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.zone.detail.ZoneDetailNavigation;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.FindZonesQuery;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZonePage;
import org.clusterhub.zone.api.ZoneSummary;

/**
 * The plan's pilot and demonstration zones, filtered (text, city, kind) and paged on the server; live when any zone
 * changes, on any node.
 */
@Route(ZoneDirectoryNavigation.ROUTE)
@PermitAll
public class ZoneDirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final Queries queries;
    private final LiveFeed liveFeed;
    private final Grid<ZoneSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<City> city = new ComboBox<>();
    private final Select<ZoneKind> kind = new Select<>();
    private final Span total = new Span();
    private final ConfigurableFilterDataProvider<ZoneSummary, Void, FindZonesQuery> data;

    public ZoneDirectoryView(Queries queries, LiveFeed liveFeed) {
        this.queries = queries;
        this.liveFeed = liveFeed;
        setSizeFull();
        addClassName("zone-directory");

        text.setPlaceholder(getTranslation("zone.directory.search"));
        text.setId("zone-search");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22rem");
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setPlaceholder(getTranslation("zone.directory.city"));
        city.setClearButtonVisible(true);
        city.setId("zone-city-filter");
        kind.setItems(ZoneKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("zone.directory.allKinds")
                : Texts.enumValue(this, "zone.kind", k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("zone.directory.allKinds"));
        kind.setId("zone-kind-filter");
        total.setId("zone-total");

        CallbackDataProvider<ZoneSummary, FindZonesQuery> backend = DataProvider.fromFilteringCallbacks(
                query -> page(query.getFilter(), query.getOffset(), query.getLimit()).items().stream(),
                query -> {
                    long count = page(query.getFilter(), 0, 1).total();
                    total.setText(getTranslation("zone.directory.total", count));
                    return (int) count;
                });
        data = backend.withConfigurableFilter();
        text.addValueChangeListener(e -> applyFilter());
        city.addValueChangeListener(e -> applyFilter());
        kind.addValueChangeListener(e -> applyFilter());

        grid.setId("zone-grid");
        grid.addColumn(s -> s.planNumber() == null ? "" : s.planNumber()).setHeader("#").setWidth("4rem")
                .setFlexGrow(0);
        grid.addColumn(this::name).setHeader(getTranslation("zone.field.name")).setFlexGrow(4);
        grid.addColumn(s -> Texts.enumValue(this, "zone.kind", s.kind())).setHeader(getTranslation("zone.field.kind"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(s -> Texts.city(this, s.city())).setHeader(getTranslation("zone.field.city"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ZoneSummary::targetCount).setHeader(getTranslation("zone.field.targetCount"))
                .setWidth("11rem").setFlexGrow(0);
        grid.setPageSize(20);
        grid.setItems(data);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(
                ZoneDetailNavigation.location(click.getItem().zoneId())));

        HorizontalLayout filters = new HorizontalLayout(text, city, kind, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        add(new H2(getTranslation("zone.directory.title")), filters, grid);
        setFlexGrow(1, grid);
        LiveLink.whileAttached(this, ui -> liveFeed.subscribeToType("Zone", event -> {
            // Wait until that zone's read model includes the event, then refresh the visible page.
            queries.optional(new FindZoneQuery(ZoneId.of(event.aggregateId()), event.sequenceNumber()), ZoneDetails.class);
            ui.access(data::refreshAll);
        }));
    }

    private ZonePage page(Optional<FindZonesQuery> filter, int offset, int limit) {
        FindZonesQuery base = filter.orElse(new FindZonesQuery(null, null, null, 0, 1));
        return queries.one(new FindZonesQuery(base.text(), base.city(), base.kind(), offset,
                Math.max(1, Math.min(limit, 500))), ZonePage.class);
    }

    private void applyFilter() {
        data.setFilter(new FindZonesQuery(text.getValue(), city.getValue(), kind.getValue(), 0, 1));
    }

    private String name(ZoneSummary s) {
        return Texts.english() && s.nameEn() != null ? s.nameEn() : s.nameZh();
    }



    @Override
    public String getPageTitle() {
        return getTranslation("zone.directory.title") + " · ClusterHub";
    }
}
