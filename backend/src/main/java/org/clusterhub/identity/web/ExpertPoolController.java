package org.clusterhub.identity.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.identity.api.ExpertPool;
import org.clusterhub.identity.api.FindExpertPoolQuery;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provincial expert pool (专家库), for supervisors who draw review panels from it. It lives with the accounts
 * (every account with the expert role), not with projects: the pool's record type is the project's
 * {@code ExpertCandidate}, so a project endpoint reading the pool would make the two contexts depend on each other.
 */
@RestController
@Tag(name = "Experts", description = "The provincial expert pool (专家库)")
class ExpertPoolController {

    private static final long TIMEOUT_SECONDS = 10;

    private final QueryGateway queries;
    private final CurrentActor currentActor;

    ExpertPoolController(QueryGateway queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/experts")
    @Operation(summary = "Every expert of the pool with organization (supervisor)")
    ExpertPool experts() throws Exception {
        Actor actor = currentActor.require();
        if (!actor.isSupervisor()) {
            throw new AccessRefused("FindExpertPoolQuery", actor.username());
        }
        return queries.query(new FindExpertPoolQuery(), ResponseTypes.instanceOf(ExpertPool.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }
}
