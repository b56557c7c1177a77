package org.clusterhub.activity.api;

public record ActivityPublishedEvent(
        ActivityId activityId) {
}
