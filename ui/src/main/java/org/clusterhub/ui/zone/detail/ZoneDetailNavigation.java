package org.clusterhub.ui.zone.detail;

import org.clusterhub.zone.api.ZoneId;

/** Route of a zone's detail page: {@code zones/<id>}. */
public final class ZoneDetailNavigation {

    public static final String ROUTE = "zones";

    private ZoneDetailNavigation() {
    }

    /** The location of one zone's page, e.g. for {@code UI.navigate}. */
    public static String location(ZoneId zoneId) {
        return ROUTE + "/" + zoneId;
    }
}
