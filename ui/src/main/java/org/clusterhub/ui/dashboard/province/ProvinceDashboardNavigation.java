package org.clusterhub.ui.dashboard.province;

/** Route of the province dashboard (省级总览), for the menu and links. */
public final class ProvinceDashboardNavigation {

    public static final String ROUTE = "dashboard";

    private ProvinceDashboardNavigation() {
    }
}
