package org.clusterhub.cluster.web;

import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.stereotype.Component;

/** A cluster and its members are read by every signed-in person (directory, page, REST). */
@Component
class ClusterLiveTopicAccess implements LiveTopicAccess {

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("Cluster");
    }

    @Override
    public boolean mayFollow(Actor actor, String aggregateType, String aggregateId) {
        return true;
    }
}
