package org.clusterhub.infrastructure.security;

import java.util.Collection;
import java.util.List;
import org.clusterhub.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person: Spring Security's view of an account, carrying the {@link Actor} that commands record. */
public record ClusterHubUser(Actor actor, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }
}
