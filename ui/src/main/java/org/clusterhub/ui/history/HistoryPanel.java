package org.clusterhub.ui.history;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

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
        grid.addColumn(HistoryEntry::sequenceNumber).setHeader("#").setWidth("4em").setFlexGrow(0);
        grid.addColumn(entry -> Texts.dateTime(this, entry.timestamp()))
                .setHeader(getTranslation("history.column.time")).setWidth("12em").setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("history.event." + entry.eventType()))
                .setHeader(getTranslation("history.column.event")).setWidth("12em").setFlexGrow(0);
        grid.addColumn(this::details).setHeader(getTranslation("history.column.details")).setFlexGrow(3);
        grid.addColumn(this::who).setHeader(getTranslation("history.column.who")).setFlexGrow(1);
        grid.addColumn(entry -> entry.organization() == null ? "" : entry.organization())
                .setHeader(getTranslation("history.column.organization")).setFlexGrow(1);
        grid.addColumn(entry -> entry.city() == null ? "" : Texts.city(this, City.valueOf(entry.city())))
                .setHeader(getTranslation("history.column.city")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(HistoryEntry::correlationId).setHeader(getTranslation("history.column.correlation"))
                .setFlexGrow(1).setClassNameGenerator(entry -> "mono");
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
        return name + " (" + Texts.role(this, Role.valueOf(entry.role())) + ")";
    }

    /**
     * Fills the event's localized summary, e.g. {@code 级别由 {previousLevel} 改为 {level}}, from its fields; a field
     * whose value has a translation ({@code value.NATIONAL}, {@code city.QINGDAO}) is shown translated.
     */
    String details(HistoryEntry entry) {
        String template = getTranslation("history.summary." + entry.eventType());
        if (template.startsWith("!")) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(display(entry.payload(), matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String display(Map<String, Object> payload, String field) {
        return displayValue(payload.get(field));
    }

    private String displayValue(Object value) {
        if (value instanceof Map<?, ?> nested) {
            Object name = nested.get("nameZh") != null ? nested.get("nameZh") : nested.get("indicatorZh");
            value = name;
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.isEmpty() ? "—" : items.stream().map(this::displayValue)
                    .collect(java.util.stream.Collectors.joining("、"));
        }
        if (value == null) {
            return "—";
        }
        String text = String.valueOf(value);
        for (String prefix : new String[] {"value.", "city."}) {
            String translated = getTranslation(prefix + text);
            if (!translated.startsWith("!")) {
                return translated;
            }
        }
        return text;
    }
}
