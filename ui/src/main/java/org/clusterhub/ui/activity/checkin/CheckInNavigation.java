package org.clusterhub.ui.activity.checkin;

import org.clusterhub.activity.api.ActivityId;

/** Route of an activity's door screen: {@code activities/<id>/check-in}. */
public final class CheckInNavigation {

    public static final String ROUTE = "activities";

    private CheckInNavigation() {
    }

    public static String location(ActivityId activityId) {
        return ROUTE + "/" + activityId + "/check-in";
    }
}
