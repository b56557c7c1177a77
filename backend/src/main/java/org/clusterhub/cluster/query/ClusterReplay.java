package org.clusterhub.cluster.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.FindClusterAsOfQuery;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.shared.query.AsOfReplay;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.springframework.stereotype.Component;

/** A cluster as it was at any point of its history: its catalog projection run over its events up to that point. */
@Component
class ClusterReplay {

    private final AsOfReplay replay;

    ClusterReplay(AsOfReplay replay) {
        this.replay = replay;
    }

    /** The replay's question (ADR 017), answered for clusters only; other contexts answer for theirs. */
    @QueryHandler
    Optional<AsOfState> handle(FindAggregateAsOfQuery query) {
        if (!"Cluster".equals(query.aggregateType())) {
            throw new NoHandlerForQueryException("not a cluster: " + query.aggregateType());
        }
        return handle(new FindClusterAsOfQuery(ClusterId.of(query.aggregateId()), query.sequenceNumber()))
                .map(view -> new AsOfState(query.aggregateType(), view));
    }

    @QueryHandler
    Optional<ClusterDetails> handle(FindClusterAsOfQuery query) {
        return replay.asOf(query.clusterId().toString(), query.sequenceNumber(), AsOfReplay.Setup.of("cluster-catalog",
                store -> List.of(new ClusterCatalogProjection(store)),
                (store, point) -> new ClusterCatalogProjection(store).handle(new FindClusterQuery(query.clusterId()))));
    }
}
