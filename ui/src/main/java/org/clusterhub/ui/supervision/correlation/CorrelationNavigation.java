package org.clusterhub.ui.supervision.correlation;

/** Route of every event of one user action (ADR 018): {@code supervision/correlations/<id>}. */
public final class CorrelationNavigation {

    public static final String ROUTE = "supervision/correlations/:correlationId";

    private CorrelationNavigation() {
    }

    public static String path(Object correlationId) {
        return "supervision/correlations/" + correlationId;
    }
}
