package org.clusterhub.ui.activity.figures;

/** Route of the follow-up figures: {@code activity-figures}. */
public final class ActivityFiguresNavigation {

    public static final String ROUTE = "activity-figures";

    private ActivityFiguresNavigation() {
    }
}
