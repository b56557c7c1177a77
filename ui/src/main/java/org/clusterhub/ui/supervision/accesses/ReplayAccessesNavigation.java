package org.clusterhub.ui.supervision.accesses;

/** Route of the list of recorded replay accesses (ADR 017): {@code supervision/replay-accesses}. */
public final class ReplayAccessesNavigation {

    public static final String ROUTE = "supervision/replay-accesses";

    private ReplayAccessesNavigation() {
    }
}
