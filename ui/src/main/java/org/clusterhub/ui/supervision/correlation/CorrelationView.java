package org.clusterhub.ui.supervision.correlation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.supervision.api.AccessLogId;
import org.clusterhub.supervision.api.CorrelationEntry;
import org.clusterhub.supervision.api.CorrelatedEvents;
import org.clusterhub.supervision.api.FindCorrelationQuery;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.ui.history.EventDescriptions;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.supervision.provenance.ProvenanceNavigation;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;

/**
 * Every event one user action caused, across all aggregates, in the order they were stored (ADR 018), read from the
 * event store. Supervisors see them all; promotion staff those of their clusters' aggregates (and how many others
 * were left out). The opening is recorded in the viewer's access log before anything is shown.
 */
@Route(CorrelationNavigation.ROUTE)
@PermitAll
public class CorrelationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final Grid<CorrelationEntry> events = new Grid<>();
    private String correlationId = "";

    public CorrelationView(Queries queries, CommandSender commands, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> id = event.getRouteParameters().get("correlationId").flatMap(CorrelationView::parse);
        Optional<CorrelatedEvents> found = id.flatMap(c -> queries.optional(new FindCorrelationQuery(c),
                CorrelatedEvents.class)).map(all -> all.visibleTo(actor)).filter(c -> !c.events().isEmpty());
        if (found.isEmpty() || !record(found.get())) {
            Paragraph none = new Paragraph(getTranslation("correlation.notAllowed"));
            none.setId("correlation-not-found");
            add(none);
            return;
        }
        CorrelatedEvents action = found.get();
        correlationId = action.correlationId();
        H2 heading = new H2(getTranslation("correlation.heading"));
        heading.setId("correlation-heading");
        heading.getStyle().set("margin", "0");
        Span idText = new Span(getTranslation("correlation.id", correlationId));
        idText.addClassName("mono");
        CorrelationEntry first = action.events().get(0);
        Paragraph summary = new Paragraph(getTranslation("correlation.summary", action.events().size(),
                action.aggregateIds().size(), who(first), Texts.dateTime(this, first.timestamp())));
        summary.setId("correlation-summary");
        add(heading, idText, summary);
        if (action.hidden() > 0) {
            Paragraph hidden = new Paragraph(getTranslation("correlation.hidden", action.hidden()));
            hidden.setId("correlation-hidden");
            add(hidden);
        }
        buildGrid();
        events.setItems(action.events());
        add(events);
        setFlexGrow(1, events);
    }

    private void buildGrid() {
        events.setId("correlation-events");
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        events.addColumn(CorrelationEntry::globalIndex).setHeader(getTranslation("correlation.column.position"))
                .setWidth("6rem").setFlexGrow(0);
        events.addColumn(e -> Texts.dateTime(this, e.timestamp())).setHeader(getTranslation("history.column.time"))
                .setWidth("9.5rem").setFlexGrow(0);
        events.addComponentColumn(this::aggregate).setHeader(getTranslation("correlation.column.aggregate"))
                .setFlexGrow(2);
        events.addColumn(e -> "#" + e.sequenceNumber()).setHeader(getTranslation("correlation.column.sequence"))
                .setWidth("5rem").setFlexGrow(0);
        events.addColumn(e -> EventDescriptions.title(this, e.eventType()))
                .setHeader(getTranslation("history.column.event"));
        events.addColumn(e -> EventDescriptions.summary(this, e.eventType(), e.payload()))
                .setHeader(getTranslation("history.column.details")).setFlexGrow(2);
        events.addColumn(this::who).setHeader(getTranslation("history.column.who"));
        events.addColumn(e -> Objects.toString(e.organization(), ""))
                .setHeader(getTranslation("history.column.organization"));
        events.addColumn(e -> cityName(e.city())).setHeader(getTranslation("history.column.city"));
    }

    /** The aggregate's kind and name, linked to its replay, and a link to its provenance. */
    private Component aggregate(CorrelationEntry event) {
        String name = event.aggregateName() == null ? event.aggregateId().substring(0, 8) : event.aggregateName();
        Anchor replay = new Anchor(ReplayNavigation.path(event.aggregateId()),
                getTranslation("replay.related.link", kindLabel(event.aggregateType()), name));
        replay.setId("correlation-aggregate-" + event.aggregateId() + "-" + event.sequenceNumber());
        Anchor provenance = new Anchor(ProvenanceNavigation.path(event.aggregateId()),
                getTranslation("correlation.provenance"));
        provenance.getStyle().set("margin-left", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        return new Span(replay, provenance);
    }

    private String who(CorrelationEntry event) {
        return event.displayName() == null ? Objects.toString(event.username(), "") : event.displayName();
    }

    /** Records the opening in the viewer's log of the day; false (with a notice) when refused. */
    private boolean record(CorrelatedEvents action) {
        LocalDate day = LocalDate.now(ReportingPeriod.SHANGHAI);
        String cluster = actor.isSupervisor() ? null : action.events().get(0).owningClusterId();
        return commands.send(this, new RecordReplayAccessCommand(AccessLogId.forPersonAndDay(actor.username(), day),
                day, action.correlationId(), "Correlation", null, cluster, ReplayAccessAction.CORRELATION_OPENED,
                null), null).isPresent();
    }

    private String kindLabel(String type) {
        String text = getTranslation("replay.kind." + type);
        return text.startsWith("!") ? type : text;
    }

    private String cityName(String name) {
        if (name == null) {
            return "";
        }
        try {
            return Texts.city(this, City.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static Optional<String> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("correlation.title") + " · ClusterHub";
    }
}
