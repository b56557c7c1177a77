package org.clusterhub.challenge.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ChallengePostedEvent;
import org.clusterhub.challenge.api.ChallengeView;
import org.clusterhub.challenge.api.FindChallengeAsOfQuery;
import org.clusterhub.challenge.api.FindChallengeQuery;
import org.clusterhub.shared.query.AsOfReplay;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.springframework.stereotype.Component;

/**
 * A challenge as it was at any point of its history: its projection run over its events (and its cluster's, for the
 * cluster's name) up to that point, answered by the same query with the same viewer, so that {@link BidVisibility}
 * seals what the viewer could not read then.
 */
@Component
class ChallengeReplay {

    private final AsOfReplay replay;

    ChallengeReplay(AsOfReplay replay) {
        this.replay = replay;
    }

    /** The replay's question (ADR 017), answered for challenges only; other contexts answer for theirs. */
    @QueryHandler
    Optional<AsOfState> handle(FindAggregateAsOfQuery query) {
        if (!"Challenge".equals(query.aggregateType())) {
            throw new NoHandlerForQueryException("not a challenge: " + query.aggregateType());
        }
        return handle(new FindChallengeAsOfQuery(ChallengeId.of(query.aggregateId()), query.viewer(),
                query.sequenceNumber()))
                .map(view -> new AsOfState(query.aggregateType(), view));
    }

    @QueryHandler
    Optional<ChallengeView> handle(FindChallengeAsOfQuery query) {
        return replay.asOf(query.challengeId().toString(), query.sequenceNumber(), new AsOfReplay.Setup<>(
                "challenge", store -> List.of(new ChallengeProjection(store)),
                events -> events.stream().map(e -> e.getPayload()).filter(ChallengePostedEvent.class::isInstance)
                        .map(e -> ((ChallengePostedEvent) e).clusterId().toString()).toList(),
                (store, point) -> new ChallengeProjection(store)
                        .handle(new FindChallengeQuery(query.challengeId(), query.viewer(), -1))));
    }
}
