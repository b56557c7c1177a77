package org.clusterhub.activity.api;

/** {@code atLeastVersion}: wait briefly until the read model has caught up with this version (-1: answer now). */
public record FindActivityQuery(
        ActivityId activityId,
        long atLeastVersion) {

    public FindActivityQuery(ActivityId activityId) {
        this(activityId, -1);
    }
}
