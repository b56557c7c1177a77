package org.clusterhub.zone.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.zone.api.ZoneBatchId;
import org.clusterhub.zone.api.ZoneBatchRecommendedEvent;
import org.clusterhub.zone.api.ZoneId;

/**
 * A batch of zones the province recommended for national creation (分批择优): its own record, with its own history.
 * Created only by {@link ZoneBatchRecommender}, in the unit of work that recommends each chosen zone; a batch is a
 * fact once made, so it handles no further commands.
 *
 * @see <a href="../../../../../../../../docs/decisions/009-zone-batches-in-one-unit-of-work.md">ADR 009</a>
 */
@Aggregate
class ZoneBatch {

    @AggregateIdentifier
    private ZoneBatchId batchId;

    /** Required by Axon to rebuild the aggregate from its events. */
    ZoneBatch() {
    }

    ZoneBatch(ZoneBatchId batchId, String name, List<ZoneId> zoneIds, String reasons, LocalDate recommendedOn) {
        apply(new ZoneBatchRecommendedEvent(batchId, name, List.copyOf(zoneIds), reasons, recommendedOn));
    }

    @EventSourcingHandler
    void on(ZoneBatchRecommendedEvent event) {
        batchId = event.batchId();
    }
}
