package org.clusterhub.infrastructure.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.GuardedCommand;
import org.springframework.stereotype.Component;

/**
 * The one place where commands are authorized, by role and by scope, before the aggregate is loaded. A command
 * that declares no requirement, or arrives without an actor, is refused: nothing is stored.
 *
 * @see <a href="../../../../../../../../docs/decisions/003-authorization-by-role-and-scope.md">ADR 003</a>
 */
@Component
public class CommandAuthorizationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (!ActorMetaData.present(command.getMetaData())) {
            throw new AccessRefused(command.getCommandName(), "anonymous");
        }
        Actor actor = ActorMetaData.from(command.getMetaData());
        if (!(command.getPayload() instanceof GuardedCommand guarded)
                || !actor.satisfies(guarded.accessRequirement())) {
            throw new AccessRefused(command.getCommandName(), actor.username());
        }
        return chain.proceed();
    }
}
