package org.clusterhub.supervision.api;

import java.util.List;
import org.clusterhub.shared.Actor;

/**
 * The events of one user action, as {@link FindCorrelationQuery} finds them in the event store.
 *
 * @param hidden how many events of the action were left out because they belong to aggregates the viewer may not
 *               open (see {@link #visibleTo})
 */
public record CorrelatedEvents(String correlationId, List<CorrelationEntry> events, int hidden) {

    /**
     * The events {@code actor} may see: those of aggregates whose replay they may open (supervisors: all; promotion
     * staff: their clusters' aggregates, ADR 017).
     */
    public CorrelatedEvents visibleTo(Actor actor) {
        List<CorrelationEntry> visible = events.stream().filter(e -> actor.isSupervisor()
                || e.owningClusterId() != null && actor.isStaffOf(e.owningClusterId())).toList();
        return new CorrelatedEvents(correlationId, visible, hidden + events.size() - visible.size());
    }

    /** The distinct aggregates the shown events belong to, in order of their first event. */
    public List<String> aggregateIds() {
        return events.stream().map(CorrelationEntry::aggregateId).distinct().toList();
    }
}
