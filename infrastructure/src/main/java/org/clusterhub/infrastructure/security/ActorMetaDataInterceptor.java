package org.clusterhub.infrastructure.security;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Stamps each command with the signed-in person (user, role, scope, organization, city). A command that already
 * names its actor (the seed loader acts as the system) keeps it; one with no actor at all is refused later.
 */
@Component
public class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CurrentActor currentActor;

    ActorMetaDataInterceptor(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (ActorMetaData.present(command.getMetaData())) {
                return command;
            }
            return currentActor.get()
                    .<CommandMessage<?>>map(actor -> command.andMetaData(ActorMetaData.of(actor)))
                    .orElse(command);
        };
    }
}
