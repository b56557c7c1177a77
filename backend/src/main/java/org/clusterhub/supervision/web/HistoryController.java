package org.clusterhub.supervision.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored history of a cluster or zone: every event, oldest first, with who acted, for which organization and
 * city, and the correlation id. Read from the event store, not from a read model.
 */
@RestController
@Tag(name = "History", description = "Every recorded change of a cluster or zone (变更记录)")
class HistoryController {

    private static final long TIMEOUT_SECONDS = 10;
    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String CLUSTER = "Cluster";
    private static final String ZONE = "Zone";

    private final QueryGateway queries;

    HistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/clusters/{id}/history")
    @Operation(summary = "Every event of one cluster, oldest first")
    AggregateHistory clusterHistory(@PathVariable UUID id) throws Exception {
        return history(id, CLUSTER);
    }

    @GetMapping("/api/zones/{id}/history")
    @Operation(summary = "Every event of one zone, oldest first")
    AggregateHistory zoneHistory(@PathVariable UUID id) throws Exception {
        return history(id, ZONE);
    }

    /** An id without events, or the id of another kind of aggregate, is not found under this path. */
    private AggregateHistory history(UUID id, String aggregateType) throws Exception {
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(id.toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (history.entries().isEmpty() || !aggregateType.equals(history.aggregateType())) {
            throw new AggregateNotFoundException(id.toString(), aggregateType + " has no history");
        }
        return history;
    }
}
