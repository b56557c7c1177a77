package org.clusterhub.infrastructure.security;

import java.util.Optional;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of the current thread's security context. */
@Component
class SecurityContextActor implements CurrentActor {

    @Override
    public Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClusterHubUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
