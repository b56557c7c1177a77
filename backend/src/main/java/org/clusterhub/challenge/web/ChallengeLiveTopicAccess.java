package org.clusterhub.challenge.web;

import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.stereotype.Component;

/** Challenges are public to every signed-in person; bids and scores leave sealed in the frame (ADR 012). */
@Component
class ChallengeLiveTopicAccess implements LiveTopicAccess {

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("Challenge");
    }

    @Override
    public boolean mayFollow(Actor actor, String aggregateType, String aggregateId) {
        return true;
    }
}
