package org.clusterhub.app.infrastructure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A test-only aggregate that schedules one deadline at a moment the test chooses, through the node's real deadline
 * manager, and records when and where it fired. Project deadlines fall due at the end of a day; this one lets a test
 * see a deadline fire within a second. Not an {@code @Aggregate} bean, so that component scanning of other test
 * nodes never picks it up: {@link #module(String)} registers it on the nodes that want it.
 */
class DeadlineProbe {

    static final String DEADLINE = "probe-due";

    @AggregateIdentifier
    private String probeId;

    /** Required by Axon to rebuild the aggregate from its events. */
    DeadlineProbe() {
    }

    @CommandHandler
    DeadlineProbe(ScheduleProbe command, DeadlineManager deadlines) {
        apply(new ProbeScheduled(command.probeId(), command.fireAt()));
        deadlines.schedule(command.fireAt(), DEADLINE, new ProbePayload(command.dueDate(), command.label()));
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void due(ProbePayload payload, NodeName node) {
        apply(new ProbeFired(probeId, payload.dueDate(), payload.label(), node.value(), Instant.now()));
    }

    @EventSourcingHandler
    void on(ProbeScheduled event) {
        probeId = event.probeId();
    }

    /** Registers the probe aggregate and names the node, for a node started by {@link Nodes}. */
    static ApplicationContextInitializer<GenericApplicationContext> module(String nodeName) {
        return context -> {
            context.registerBean("deadlineProbeAggregate", ConfigurerModule.class,
                    () -> configurer -> configurer.configureAggregate(DeadlineProbe.class));
            context.registerBean(NodeName.class, () -> new NodeName(nodeName));
        };
    }

    /** Which node ran a deadline: a bean per node, resolved into the deadline handler by Axon. */
    record NodeName(String value) {
    }

    public record ScheduleProbe(@TargetAggregateIdentifier String probeId, Instant fireAt, LocalDate dueDate,
                                String label) implements GuardedCommand {
        @Override
        public AccessRequirement accessRequirement() {
            return AccessRequirement.supervisorOnly();
        }
    }

    /** The deadline's payload: a record with a date, like the project's. */
    public record ProbePayload(LocalDate dueDate, String label) {
    }

    public record ProbeScheduled(String probeId, Instant fireAt) {
    }

    public record ProbeFired(String probeId, LocalDate dueDate, String label, String node, Instant firedAt) {
    }
}
