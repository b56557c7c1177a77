package org.clusterhub.consortium.web;

import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.stereotype.Component;

/** Consortia are public to every signed-in person (ADR 011). */
@Component
class ConsortiumLiveTopicAccess implements LiveTopicAccess {

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("Consortium");
    }

    @Override
    public boolean mayFollow(Actor actor, String aggregateType, String aggregateId) {
        return true;
    }
}
