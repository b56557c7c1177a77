package org.clusterhub.shared;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets a handler declare an {@link Actor} parameter: the person who sent the command, read from its metadata.
 * Aggregates that decide scope from their own state (a project's participants, its expert panel) need it.
 * Registered through {@code META-INF/services}, so that test fixtures resolve it too.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters,
                                                   int parameterIndex) {
        if (parameters[parameterIndex].getType() != Actor.class) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Actor resolveParameterValue(Message<?> message) {
                return ActorMetaData.present(message.getMetaData()) ? ActorMetaData.from(message.getMetaData())
                        : Actor.SYSTEM;
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
