package org.clusterhub.ui.supervision.replay;

import org.clusterhub.shared.Actor;

/** Route of any aggregate's replay: {@code supervision/replay/<id>} (ADR 017). */
public final class ReplayNavigation {

    public static final String ROUTE = "supervision/replay/:aggregateId";

    private ReplayNavigation() {
    }

    public static String path(Object aggregateId) {
        return "supervision/replay/" + aggregateId;
    }

    /**
     * Whether a page should offer the replay link: supervisors, and the promotion staff of the cluster the record
     * belongs to ({@code clusterId} null for a zone). The replay itself checks again.
     */
    public static boolean mayOpen(Actor actor, Object clusterId) {
        return actor.isSupervisor() || clusterId != null && actor.isStaffOf(clusterId.toString());
    }
}
