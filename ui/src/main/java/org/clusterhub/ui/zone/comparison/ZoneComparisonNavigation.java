package org.clusterhub.ui.zone.comparison;

/** Route of the zones' comparison (试验区示范区对比), for the menu and links from a zone's page. */
public final class ZoneComparisonNavigation {

    public static final String ROUTE = "zone-comparison";

    private ZoneComparisonNavigation() {
    }
}
