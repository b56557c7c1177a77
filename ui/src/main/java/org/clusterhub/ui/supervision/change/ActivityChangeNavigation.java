package org.clusterhub.ui.supervision.change;

import java.util.Map;
import org.clusterhub.cluster.api.ClusterId;

/**
 * Route of the change report: {@code supervision/activity-change}, with query parameters {@code cluster} and the two
 * periods ({@code beforeFrom}, {@code beforeTo}, {@code afterFrom}, {@code afterTo}, ISO dates).
 */
public final class ActivityChangeNavigation {

    public static final String ROUTE = "supervision/activity-change";

    private ActivityChangeNavigation() {
    }

    /** The report of a cluster's evaluated year against the year before. */
    public static Map<String, String> parameters(ClusterId clusterId, int year) {
        return Map.of("cluster", clusterId.toString(), "beforeFrom", (year - 1) + "-01-01",
                "beforeTo", (year - 1) + "-12-31", "afterFrom", year + "-01-01", "afterTo", year + "-12-31");
    }
}
