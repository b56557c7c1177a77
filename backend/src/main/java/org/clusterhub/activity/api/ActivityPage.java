package org.clusterhub.activity.api;

import java.util.List;

public record ActivityPage(
        List<ActivitySummary> items,
        long total) {
}
