package org.clusterhub.ui.history;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.supervision.api.HistoryEntry;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The History tab of any aggregate: every stored event, oldest first, with time (Asia/Shanghai), who, for which
 * organization and city, and the correlation id. Read from the event store, not from a read model.
 */
public class HistoryPanel extends VerticalLayout {

    private final Queries queries;
    private final String aggregateId;
    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Span count = new Span();

    public HistoryPanel(Queries queries, String aggregateId) {
        this.queries = queries;
        this.aggregateId = aggregateId;
        setPadding(false);
        setSizeFull();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(HistoryEntry::sequenceNumber).setHeader("#").setWidth("3rem").setFlexGrow(0);
        grid.addColumn(entry -> Texts.dateTime(this, entry.timestamp()))
                .setHeader(getTranslation("history.column.time")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("history.event." + entry.eventType()))
                .setHeader(getTranslation("history.column.event")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(this::details).setHeader(getTranslation("history.column.details")).setWidth("14rem")
                .setFlexGrow(4);
        grid.addColumn(this::who).setHeader(getTranslation("history.column.who")).setFlexGrow(1);
        grid.addColumn(entry -> entry.organization() == null ? "" : entry.organization())
                .setHeader(getTranslation("history.column.organization")).setFlexGrow(1);
        grid.addColumn(entry -> entry.city() == null ? "" : Texts.city(this, City.valueOf(entry.city())))
                .setHeader(getTranslation("history.column.city")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(HistoryEntry::correlationId).setHeader(getTranslation("history.column.correlation"))
                .setWidth("10rem").setFlexGrow(0).setClassNameGenerator(entry -> "mono");
        add(count, grid);
        refresh();
    }

    /** Re-reads the history; called on attach and whenever a live event for the aggregate arrives. */
    public final void refresh() {
        AggregateHistory history = queries.one(new FindAggregateHistoryQuery(aggregateId), AggregateHistory.class);
        List<HistoryEntry> entries = history.entries();
        grid.setItems(entries);
        count.setText(getTranslation("history.count", entries.size()));
    }

    private String who(HistoryEntry entry) {
        String name = entry.displayName() != null ? entry.displayName() : entry.username();
        if (entry.role() == null) {
            return name == null ? "" : name;
        }
        return name + Texts.bracketed(Texts.role(this, Role.valueOf(entry.role())));
    }

    String details(HistoryEntry entry) {
        return EventDescriptions.summary(this, entry.eventType(), entry.payload());
    }
}
