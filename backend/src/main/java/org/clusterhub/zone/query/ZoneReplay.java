package org.clusterhub.zone.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.shared.query.AsOfReplay;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.clusterhub.zone.api.FindZoneAsOfQuery;
import org.clusterhub.zone.api.FindZoneMonitoringQuery;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.ZoneAsOfView;
import org.clusterhub.zone.api.ZoneId;
import org.springframework.stereotype.Component;

/**
 * A zone as it was at any point of its history: both of its projections run over its events up to that point, the
 * monitoring answered with a clock stopped at the point, so that "off track" is judged as it was that day.
 */
@Component
class ZoneReplay {

    private final AsOfReplay replay;

    ZoneReplay(AsOfReplay replay) {
        this.replay = replay;
    }

    /** The replay's question (ADR 017), answered for zones only; other contexts answer for theirs. */
    @QueryHandler
    Optional<AsOfState> handle(FindAggregateAsOfQuery query) {
        if (!"Zone".equals(query.aggregateType())) {
            throw new NoHandlerForQueryException("not a zone: " + query.aggregateType());
        }
        return handle(new FindZoneAsOfQuery(ZoneId.of(query.aggregateId()), query.sequenceNumber()))
                .map(view -> new AsOfState(query.aggregateType(), view));
    }

    @QueryHandler
    Optional<ZoneAsOfView> handle(FindZoneAsOfQuery query) {
        return replay.asOf(query.zoneId().toString(), query.sequenceNumber(), AsOfReplay.Setup.of("zone",
                store -> List.of(new ZoneCatalogProjection(store), new ZoneMonitoringProjection(store)),
                (store, point) -> new ZoneCatalogProjection(store).handle(new FindZoneQuery(query.zoneId(), -1))
                        .map(details -> new ZoneAsOfView(details, new ZoneMonitoringProjection(store,
                                Clock.fixed(point.at(), ReportingPeriod.SHANGHAI))
                                .handle(new FindZoneMonitoringQuery(query.zoneId())).orElse(null)))));
    }
}
