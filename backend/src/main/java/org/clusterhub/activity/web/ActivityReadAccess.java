package org.clusterhub.activity.web;

import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.Role;

/**
 * Who may read what of an activity over the API. Published (and cancelled) activities are public to every signed-in
 * person; planned ones only to their organizers. Registrations with their codes and contacts are the organizers'
 * and the registrant organization's own.
 */
final class ActivityReadAccess {

    private ActivityReadAccess() {
    }

    static boolean isOrganizer(Actor actor, ActivityView activity) {
        return actor.isSupervisor() || actor.isStaffOf(activity.clusterId().toString());
    }

    static boolean canSee(Actor actor, ActivityView activity) {
        return activity.status() != ActivityStatus.PLANNED || isOrganizer(actor, activity);
    }

    /** Organizers see every registration; members only their organization's; others none. */
    static String registrationScope(Actor actor, ActivityView activity) {
        if (isOrganizer(actor, activity)) {
            return null;
        }
        if (actor.role() == Role.MEMBER && actor.organization() != null) {
            return actor.organization();
        }
        return "\u0000nobody";
    }
}
