package org.clusterhub.app.seed;

import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Sends reference-data commands as ClusterHub itself. Creation is idempotent: ids are derived from stable codes,
 * so an aggregate that exists is skipped, and a race with another node starting at the same time is harmless.
 */
@Component
class SystemCommands {

    private final CommandGateway commands;
    private final EventStore eventStore;

    SystemCommands(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /** Sends a creation command unless its aggregate exists; answers whether it was created now. */
    boolean createOnce(String aggregateId, Object creationCommand) {
        if (eventStore.lastSequenceNumberFor(aggregateId).isPresent()) {
            return false;
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(creationCommand)
                    .andMetaData(ActorMetaData.of(Actor.SYSTEM)), 30, TimeUnit.SECONDS);
            return true;
        } catch (AggregateStreamCreationException | ConcurrencyException createdElsewhere) {
            return false;
        }
    }
}
