package org.clusterhub.infrastructure.security;

import java.util.Optional;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in person of the current request. Uses this application context's security-context strategy (Vaadin
 * registers one) rather than the JVM-wide static holder, which another context in the same JVM may have replaced.
 */
@Component
class SecurityContextActor implements CurrentActor {

    private final SecurityContextHolderStrategy strategy;

    SecurityContextActor(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Optional<Actor> get() {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClusterHubUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
