package org.clusterhub.ui.activity.detail;

import org.clusterhub.activity.api.ActivityId;

/** Route of an activity's page: {@code activities/<id>}. */
public final class ActivityDetailNavigation {

    public static final String ROUTE = "activities";

    private ActivityDetailNavigation() {
    }

    public static String location(ActivityId activityId) {
        return ROUTE + "/" + activityId;
    }
}
