package org.clusterhub.ui.activity.mine;

/** Route of a member's registrations and notices: {@code my-activities}. */
public final class MyActivitiesNavigation {

    public static final String ROUTE = "my-activities";

    private MyActivitiesNavigation() {
    }
}
