package org.clusterhub.infrastructure.security;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.identity.api.FindUserAccountQuery;
import org.clusterhub.identity.api.UserAccountView;
import org.clusterhub.shared.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in against the account read model, which only the identity projection writes. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final QueryGateway queries;

    AccountUserDetailsService(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<UserAccountView> account;
        try {
            account = queries.query(new FindUserAccountQuery(username.strip()),
                    ResponseTypes.optionalInstanceOf(UserAccountView.class)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new UsernameNotFoundException("account lookup failed", e);
        }
        return account.map(a -> new ClusterHubUser(new Actor(a.userAccountId().toString(), a.username(),
                        a.displayName(), a.role(), a.clusterIds(), a.city(), a.organization()), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
