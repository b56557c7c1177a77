package org.clusterhub.project.web;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.stereotype.Component;

/** A project's live events go to those who may read the project ({@link ProjectView#readableBy}). */
@Component
class ProjectLiveTopicAccess implements LiveTopicAccess {

    private final QueryGateway queries;

    ProjectLiveTopicAccess(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("Project");
    }

    @Override
    public boolean mayFollow(Actor actor, String aggregateType, String aggregateId) {
        Optional<ProjectView> project = queries.query(new FindProjectQuery(ProjectId.of(aggregateId)),
                ResponseTypes.optionalInstanceOf(ProjectView.class)).orTimeout(10, TimeUnit.SECONDS).join();
        return project.map(p -> p.readableBy(actor)).orElse(false);
    }
}
