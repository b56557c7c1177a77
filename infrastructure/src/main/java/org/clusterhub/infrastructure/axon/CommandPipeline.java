package org.clusterhub.infrastructure.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.clusterhub.infrastructure.security.ActorMetaDataInterceptor;
import org.clusterhub.infrastructure.security.CommandAuthorizationInterceptor;
import org.springframework.context.annotation.Configuration;

/**
 * Every command passes the same gates, whoever sends it (view, REST controller, seed loader): the sender's identity
 * is attached, the input validated, and role and scope checked, before any aggregate is loaded.
 */
@Configuration(proxyBeanMethods = false)
public class CommandPipeline {

    CommandPipeline(CommandBus commandBus, ActorMetaDataInterceptor actorMetaData,
                    CommandAuthorizationInterceptor authorization) {
        commandBus.registerDispatchInterceptor(actorMetaData);
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>());
        commandBus.registerHandlerInterceptor(authorization);
    }
}
