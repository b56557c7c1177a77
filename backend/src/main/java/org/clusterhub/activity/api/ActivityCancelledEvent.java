package org.clusterhub.activity.api;

import java.util.List;

public record ActivityCancelledEvent(
        ActivityId activityId,
        String reason,
        List<String> notifiedOrganizations) {
}
