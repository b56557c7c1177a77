package org.clusterhub.activity.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityPlannedEvent;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.FindActivityAsOfQuery;
import org.clusterhub.activity.api.FindActivityQuery;
import org.clusterhub.shared.query.AsOfReplay;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.springframework.stereotype.Component;

/**
 * An activity as it was at any point of its history: its catalog projection run over its events (and its cluster's,
 * for the cluster's names) up to that point. Registrations' check-in codes stay in the in-memory store: the view has
 * only counts.
 */
@Component
class ActivityReplay {

    private final AsOfReplay replay;

    ActivityReplay(AsOfReplay replay) {
        this.replay = replay;
    }

    /** The replay's question (ADR 017), answered for activitys only; other contexts answer for theirs. */
    @QueryHandler
    Optional<AsOfState> handle(FindAggregateAsOfQuery query) {
        if (!"Activity".equals(query.aggregateType())) {
            throw new NoHandlerForQueryException("not a activity: " + query.aggregateType());
        }
        return handle(new FindActivityAsOfQuery(ActivityId.of(query.aggregateId()), query.sequenceNumber()))
                .map(view -> new AsOfState(query.aggregateType(), view));
    }

    @QueryHandler
    Optional<ActivityView> handle(FindActivityAsOfQuery query) {
        return replay.asOf(query.activityId().toString(), query.sequenceNumber(), new AsOfReplay.Setup<>(
                "activity-catalog", store -> List.of(new ActivityCatalogProjection(store)),
                events -> events.stream().map(e -> e.getPayload()).filter(ActivityPlannedEvent.class::isInstance)
                        .map(e -> ((ActivityPlannedEvent) e).clusterId().toString()).toList(),
                (store, point) -> new ActivityCatalogProjection(store)
                        .handle(new FindActivityQuery(query.activityId()))));
    }
}
