package org.clusterhub.cluster.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.FindClusterAsOfQuery;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.shared.query.AsOfReplay;
import org.springframework.stereotype.Component;

/** A cluster as it was at any point of its history: its catalog projection run over its events up to that point. */
@Component
class ClusterReplay {

    private final AsOfReplay replay;

    ClusterReplay(AsOfReplay replay) {
        this.replay = replay;
    }

    @QueryHandler
    Optional<ClusterDetails> handle(FindClusterAsOfQuery query) {
        return replay.asOf(query.clusterId().toString(), query.sequenceNumber(), AsOfReplay.Setup.of("cluster-catalog",
                store -> List.of(new ClusterCatalogProjection(store)),
                (store, point) -> new ClusterCatalogProjection(store).handle(new FindClusterQuery(query.clusterId()))));
    }
}
