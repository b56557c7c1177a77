package org.clusterhub.activity.api;

public record FindActivitiesQuery(
        ActivityFilter filter,
        int offset,
        int limit) {
}
