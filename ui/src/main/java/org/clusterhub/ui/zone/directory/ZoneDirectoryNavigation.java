package org.clusterhub.ui.zone.directory;

/** Route of the zone directory (试验区示范区), for links from other screens. */
public final class ZoneDirectoryNavigation {

    public static final String ROUTE = "zones";

    private ZoneDirectoryNavigation() {
    }
}
