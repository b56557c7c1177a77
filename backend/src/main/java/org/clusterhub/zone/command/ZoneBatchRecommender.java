package org.clusterhub.zone.command;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.RecommendZoneBatchCommand;
import org.clusterhub.zone.api.ZoneId;

/**
 * Handles a batch recommendation as one unit of work: it loads every chosen zone, each zone decides whether it may
 * be recommended and records its recommendation with the batch's id and reasons, and the batch records itself. The
 * command bus runs the unit of work in one transaction of the event store, so either every event is stored or none
 * (one zone that may not be recommended refuses the whole batch), and each zone's sequence number still guards
 * against a concurrent change of that zone.
 *
 * @see <a href="../../../../../../../../docs/decisions/009-zone-batches-in-one-unit-of-work.md">ADR 009</a>
 */
class ZoneBatchRecommender {

    private final Repository<Zone> zones;
    private final Repository<ZoneBatch> batches;

    ZoneBatchRecommender(Repository<Zone> zones, Repository<ZoneBatch> batches) {
        this.zones = zones;
        this.batches = batches;
    }

    @CommandHandler
    void handle(RecommendZoneBatchCommand command) throws Exception {
        List<ZoneId> chosen = List.copyOf(new LinkedHashSet<>(command.zoneIds()));
        if (chosen.size() != command.zoneIds().size()) {
            throw new DomainRuleViolation("zone.error.duplicateInBatch", "zoneIds");
        }
        String name = command.name().strip();
        String reasons = command.reasons().strip();
        for (ZoneId zoneId : chosen) {
            Aggregate<Zone> zone = zones.load(zoneId.toString());
            zone.execute(z -> z.recommendInBatch(command.batchId(), name, reasons));
        }
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ReportingPeriod.SHANGHAI);
        batches.newInstance(() -> new ZoneBatch(command.batchId(), name, chosen, reasons, today));
    }
}
