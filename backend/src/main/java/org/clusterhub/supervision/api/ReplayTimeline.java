package org.clusterhub.supervision.api;

import java.util.List;
import org.clusterhub.shared.Actor;

/**
 * One aggregate's history as its replay shows it.
 *
 * @param aggregateType Axon's type of the aggregate, e.g. {@code Project}
 * @param owningClusterId the cluster it belongs to (itself for a cluster), from its first event; null for a zone
 */
public record ReplayTimeline(String aggregateId, String aggregateType, String owningClusterId,
                             List<ReplayEntry> entries) {

    public long lastSequence() {
        return entries.isEmpty() ? -1 : entries.get(entries.size() - 1).sequenceNumber();
    }

    /**
     * Who may open the replay and its exports: supervisors, and, read-only, the promotion staff of the cluster the
     * aggregate belongs to.
     */
    public boolean mayBeOpenedBy(Actor actor) {
        return actor.isSupervisor() || owningClusterId != null && actor.isStaffOf(owningClusterId);
    }
}
