package org.clusterhub.ui.supervision.accesses;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.FindReplayAccessesQuery;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.supervision.api.ReplayAccessPage;
import org.clusterhub.supervision.api.ReplayAccessView;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * Who looked at which history (ADR 017), for supervisors: every recorded replay opening and export, newest first,
 * paged and filtered on the server (person, kind of record, action). Each row links to the replay it was about.
 */
@Route(ReplayAccessesNavigation.ROUTE)
@PermitAll
public class ReplayAccessesView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> KINDS = List.of("Project", "Cluster", "Zone", "Consortium", "Challenge",
            "Activity");

    private final Queries queries;
    private final Grid<ReplayAccessView> grid = new Grid<>();
    private final TextField username = new TextField();
    private final Select<String> kind = new Select<>();
    private final Select<ReplayAccessAction> action = new Select<>();
    private final Span total = new Span();

    public ReplayAccessesView(Queries queries, CurrentActor currentActor) {
        this.queries = queries;
        Actor actor = currentActor.require();
        setSizeFull();
        add(new H2(getTranslation("replay.accessLog.title")));
        if (!actor.isSupervisor()) {
            Paragraph refused = new Paragraph(getTranslation("replay.accessLog.supervisorsOnly"));
            refused.setId("accesses-refused");
            add(refused);
            return;
        }
        add(new Paragraph(getTranslation("replay.accessLog.intro")));
        username.setId("accesses-username");
        username.setLabel(getTranslation("replay.accessLog.filter.username"));
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(change -> refresh());
        kind.setId("accesses-kind");
        kind.setLabel(getTranslation("replay.accessLog.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("replay.filter.all"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("replay.filter.all")
                : getTranslation("replay.kind." + k));
        kind.addValueChangeListener(change -> refresh());
        action.setId("accesses-action");
        action.setLabel(getTranslation("replay.accessLog.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("replay.filter.all"));
        action.setItems(ReplayAccessAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("replay.filter.all")
                : getTranslation("replay.action." + a));
        action.addValueChangeListener(change -> refresh());
        total.setId("accesses-total");
        HorizontalLayout filters = new HorizontalLayout(username, kind, action, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("accesses-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> Texts.dateTime(this, a.at())).setHeader(getTranslation("replay.accesses.column.at"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(a -> a.displayName() == null ? a.username() : a.displayName() + " (" + a.username() + ")")
                .setHeader(getTranslation("replay.accesses.column.who"));
        grid.addColumn(a -> a.role() == null ? "" : getTranslation("role." + a.role()))
                .setHeader(getTranslation("replay.accesses.column.role"));
        grid.addColumn(a -> Objects.toString(a.organization(), ""))
                .setHeader(getTranslation("replay.accesses.column.organization"));
        grid.addComponentColumn(a -> new Anchor("supervision/replay/" + a.viewedAggregateId(),
                        getTranslation("replay.kind." + a.viewedAggregateType()) + "："
                                + Objects.toString(a.viewedTitle(), a.viewedAggregateId())))
                .setHeader(getTranslation("replay.accesses.column.what")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("replay.action." + a.action()))
                .setHeader(getTranslation("replay.accesses.column.action"));
        grid.addColumn(a -> a.sequenceNumber() == null ? "" : "#" + a.sequenceNumber())
                .setHeader(getTranslation("replay.accesses.column.point")).setWidth("5rem").setFlexGrow(0);
        grid.setItems(fetch -> page(fetch.getOffset(), fetch.getLimit()).items().stream(),
                count -> (int) page(0, 1).total());
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private ReplayAccessPage page(int offset, int limit) {
        String who = username.getValue() == null || username.getValue().isBlank() ? null : username.getValue();
        return queries.one(new FindReplayAccessesQuery(null, who, kind.getValue(), action.getValue(), offset, limit),
                ReplayAccessPage.class);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("replay.accessLog.total", page(0, 1).total()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replay.accessLog.title") + " · ClusterHub";
    }
}
