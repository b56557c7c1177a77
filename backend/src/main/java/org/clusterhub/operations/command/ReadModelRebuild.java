package org.clusterhub.operations.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.operations.api.CompleteReadModelRebuildCommand;
import org.clusterhub.operations.api.FailReadModelRebuildCommand;
import org.clusterhub.operations.api.ReadModelRebuildCompletedEvent;
import org.clusterhub.operations.api.ReadModelRebuildFailedEvent;
import org.clusterhub.operations.api.ReadModelRebuildId;
import org.clusterhub.operations.api.ReadModelRebuildProgressedEvent;
import org.clusterhub.operations.api.ReadModelRebuildStartedEvent;
import org.clusterhub.operations.api.RecordReadModelRebuildProgressCommand;
import org.clusterhub.operations.api.StartReadModelRebuildCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.DomainRuleViolation;

/**
 * The rebuilds of one read model (ADR 019): one aggregate per event processor, so that two rebuilds of the same
 * read model never run at once. A run that gave no sign of life for {@link #ABANDONED_AFTER} (its node stopped) is
 * closed as failed when a new one starts.
 *
 * @see <a href="../../../../../../../../docs/decisions/019-rebuilding-read-models.md">ADR 019</a>
 */
@Aggregate
class ReadModelRebuild {

    /** The runner reports at least every minute while it runs; five minutes of silence means its node is gone. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @AggregateIdentifier
    private ReadModelRebuildId rebuildId;
    private String processor;
    private UUID running;
    private Instant lastSignOfLife;

    /** Required by Axon to rebuild the aggregate from its events, and to create it on the processor's first run. */
    ReadModelRebuild() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartReadModelRebuildCommand command, Actor actor, RebuildableReadModels readModels) {
        if (!command.rebuildId().equals(ReadModelRebuildId.forProcessor(command.processor()))) {
            throw new DomainRuleViolation("operations.error.wrongRebuild", "rebuildId");
        }
        readModels.whyNotRebuildable(command.processor()).ifPresent(reason -> {
            throw new DomainRuleViolation("operations.error.notRebuildable", "processor", command.processor());
        });
        Instant now = GenericEventMessage.clock.instant();
        if (running != null) {
            if (lastSignOfLife.plus(ABANDONED_AFTER).isAfter(now)) {
                throw new DomainRuleViolation("operations.error.rebuildRunning", "processor", command.processor());
            }
            apply(new ReadModelRebuildFailedEvent(rebuildId, running, processor, "abandoned", now));
        }
        apply(new ReadModelRebuildStartedEvent(command.rebuildId(), command.runId(), command.processor(),
                actor.username(), now));
    }

    @CommandHandler
    void handle(RecordReadModelRebuildProgressCommand command) {
        requireRunning(command.runId());
        apply(new ReadModelRebuildProgressedEvent(rebuildId, command.runId(), processor, command.phase(),
                command.eventsDone(), command.eventsTotal(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(CompleteReadModelRebuildCommand command) {
        requireRunning(command.runId());
        apply(new ReadModelRebuildCompletedEvent(rebuildId, command.runId(), processor, command.events(),
                command.millis(), List.copyOf(command.collections()), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(FailReadModelRebuildCommand command) {
        requireRunning(command.runId());
        apply(new ReadModelRebuildFailedEvent(rebuildId, command.runId(), processor, command.reason(),
                GenericEventMessage.clock.instant()));
    }

    private void requireRunning(UUID runId) {
        if (running == null || !running.equals(runId)) {
            throw new DomainRuleViolation("operations.error.notRunning", "runId");
        }
    }

    @EventSourcingHandler
    void on(ReadModelRebuildStartedEvent event) {
        rebuildId = event.rebuildId();
        processor = event.processor();
        running = event.runId();
        lastSignOfLife = event.at();
    }

    @EventSourcingHandler
    void on(ReadModelRebuildProgressedEvent event) {
        lastSignOfLife = event.at();
    }

    @EventSourcingHandler
    void on(ReadModelRebuildCompletedEvent event) {
        running = null;
    }

    @EventSourcingHandler
    void on(ReadModelRebuildFailedEvent event) {
        if (event.runId().equals(running)) {
            running = null;
        }
    }
}
