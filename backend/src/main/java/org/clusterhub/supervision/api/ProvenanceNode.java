package org.clusterhub.supervision.api;

import org.clusterhub.shared.Actor;

/**
 * An aggregate in a provenance tree.
 *
 * @param name its title or name when it was created; null when it has none
 * @param owningClusterId the cluster it belongs to (itself for a cluster); null for zones, programmes and the like
 */
public record ProvenanceNode(String aggregateType, String aggregateId, String name, String owningClusterId) {

    /** Whether {@code actor} may open this aggregate's replay (and provenance): the replay's own rule (ADR 017). */
    public boolean mayBeOpenedBy(Actor actor) {
        return actor.isSupervisor() || owningClusterId != null && actor.isStaffOf(owningClusterId);
    }
}
