package org.clusterhub.zone.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.zone.api.RegisterZoneCommand;
import org.clusterhub.zone.api.ReviseZoneAimsCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneAimsRevisedEvent;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneRegisteredEvent;
import org.clusterhub.zone.api.ZoneTarget;
import org.clusterhub.zone.api.ZoneTargetsSetEvent;

/**
 * A manufacturing high-quality-development pilot or demonstration zone (试验区 / 示范区). Holds only what its decisions
 * need: its city, to verify the city a command declares, and its aims and key tasks, to refuse a revision that
 * changes nothing. Names, kind and targets are display data for the projection.
 */
@Aggregate
class Zone {

    @AggregateIdentifier
    private ZoneId zoneId;
    private City city;
    private String aimsZh;
    private String aimsEn;
    private List<String> keyTasks;

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Zone() {
    }

    @CommandHandler
    Zone(RegisterZoneCommand command) {
        List<ZoneTarget> targets = normalize(command.targets());
        apply(new ZoneRegisteredEvent(command.zoneId(), command.planNumber(), command.code(),
                command.nameZh().strip(), blankToNull(command.nameEn()), command.city(), command.kind(),
                command.aimsZh().strip(), blankToNull(command.aimsEn()), strip(command.keyTasks()), targets));
    }

    @CommandHandler
    void handle(ReviseZoneAimsCommand command) {
        requireDeclaredCity(command.city());
        String newAimsZh = command.aimsZh().strip();
        String newAimsEn = blankToNull(command.aimsEn());
        List<String> newKeyTasks = strip(command.keyTasks());
        if (newAimsZh.equals(aimsZh) && Objects.equals(newAimsEn, aimsEn) && newKeyTasks.equals(keyTasks)) {
            throw new DomainRuleViolation("zone.error.unchanged", null);
        }
        apply(new ZoneAimsRevisedEvent(zoneId, newAimsZh, newAimsEn, newKeyTasks, command.reason().strip()));
    }

    @CommandHandler
    void handle(SetZoneTargetsCommand command) {
        requireDeclaredCity(command.city());
        apply(new ZoneTargetsSetEvent(zoneId, normalize(command.targets()), command.reason().strip()));
    }

    private void requireDeclaredCity(City declared) {
        if (declared != city) {
            // The command was authorized for the declared city; it must be the zone's real one.
            throw new DomainRuleViolation("zone.error.cityMismatch", "city");
        }
    }

    /** Strips the texts and refuses two targets for the same indicator, comparator and year: which one would count? */
    private static List<ZoneTarget> normalize(List<ZoneTarget> targets) {
        Set<TargetKey> seen = new HashSet<>();
        List<ZoneTarget> normalized = new ArrayList<>(targets.size());
        for (ZoneTarget target : targets) {
            String indicatorZh = target.indicatorZh().strip();
            if (!seen.add(new TargetKey(indicatorZh, target.comparator(), target.year()))) {
                throw new DomainRuleViolation("zone.error.duplicateTarget", "targets", indicatorZh);
            }
            normalized.add(new ZoneTarget(indicatorZh, blankToNull(target.indicatorEn()), target.comparator(),
                    target.value(), blankToNull(target.unit()), target.year()));
        }
        return List.copyOf(normalized);
    }

    private static List<String> strip(List<String> texts) {
        return texts.stream().map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ZoneRegisteredEvent event) {
        zoneId = event.zoneId();
        city = event.city();
        aimsZh = event.aimsZh();
        aimsEn = event.aimsEn();
        keyTasks = List.copyOf(event.keyTasks());
    }

    @EventSourcingHandler
    void on(ZoneAimsRevisedEvent event) {
        aimsZh = event.aimsZh();
        aimsEn = event.aimsEn();
        keyTasks = List.copyOf(event.keyTasks());
    }

    private record TargetKey(String indicatorZh, String comparator, Integer year) {
    }
}
