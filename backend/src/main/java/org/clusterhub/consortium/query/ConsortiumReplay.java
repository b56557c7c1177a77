package org.clusterhub.consortium.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumProposedEvent;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.FindConsortiumAsOfQuery;
import org.clusterhub.consortium.api.FindConsortiumQuery;
import org.clusterhub.shared.query.AsOfReplay;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.springframework.stereotype.Component;

/**
 * A consortium as it was at any point of its history: its catalog projection run over its events up to that point,
 * and over its cluster's events up to then (the projection keeps the cluster's name from its registration).
 */
@Component
class ConsortiumReplay {

    private final AsOfReplay replay;

    ConsortiumReplay(AsOfReplay replay) {
        this.replay = replay;
    }

    /** The replay's question (ADR 017), answered for consortiums only; other contexts answer for theirs. */
    @QueryHandler
    Optional<AsOfState> handle(FindAggregateAsOfQuery query) {
        if (!"Consortium".equals(query.aggregateType())) {
            throw new NoHandlerForQueryException("not a consortium: " + query.aggregateType());
        }
        return handle(new FindConsortiumAsOfQuery(ConsortiumId.of(query.aggregateId()), query.sequenceNumber()))
                .map(view -> new AsOfState(query.aggregateType(), view));
    }

    @QueryHandler
    Optional<ConsortiumView> handle(FindConsortiumAsOfQuery query) {
        return replay.asOf(query.consortiumId().toString(), query.sequenceNumber(), new AsOfReplay.Setup<>(
                "consortium-catalog", store -> List.of(new ConsortiumCatalogProjection(store)),
                events -> events.stream().map(e -> e.getPayload()).filter(ConsortiumProposedEvent.class::isInstance)
                        .map(e -> ((ConsortiumProposedEvent) e).clusterId().toString()).toList(),
                (store, point) -> new ConsortiumCatalogProjection(store)
                        .handle(new FindConsortiumQuery(query.consortiumId()))));
    }
}
