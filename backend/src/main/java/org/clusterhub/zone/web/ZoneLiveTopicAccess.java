package org.clusterhub.zone.web;

import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.stereotype.Component;

/** Zones, their indicators and batch recommendations are read by every signed-in person (directory, comparison, REST). */
@Component
class ZoneLiveTopicAccess implements LiveTopicAccess {

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("Zone", "ZoneBatch");
    }

    @Override
    public boolean mayFollow(Actor actor, String aggregateType, String aggregateId) {
        return true;
    }
}
