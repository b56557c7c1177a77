package org.clusterhub.activity.web;

import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.stereotype.Component;

/** Activities are on the calendar of every signed-in person; check-in codes and contacts leave masked. */
@Component
class ActivityLiveTopicAccess implements LiveTopicAccess {

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("Activity");
    }

    @Override
    public boolean mayFollow(Actor actor, String aggregateType, String aggregateId) {
        return true;
    }
}
