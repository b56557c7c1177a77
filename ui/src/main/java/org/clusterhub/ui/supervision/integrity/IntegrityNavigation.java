package org.clusterhub.ui.supervision.integrity;

/** Route of the supervisors' integrity check: {@code supervision/integrity}. */
public final class IntegrityNavigation {

    public static final String ROUTE = "supervision/integrity";

    private IntegrityNavigation() {
    }
}
