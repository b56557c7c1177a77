package org.clusterhub.identity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.identity.api.RegisterUserAccountCommand;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.identity.api.UserAccountRegisteredEvent;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;

/** A person who signs in to ClusterHub, with their role and scope. */
@Aggregate
class UserAccount {

    @AggregateIdentifier
    private UserAccountId userAccountId;

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    UserAccount() {
    }

    @CommandHandler
    UserAccount(RegisterUserAccountCommand command) {
        if (!command.userAccountId().equals(UserAccountId.forUsername(command.username()))) {
            throw new DomainRuleViolation("identity.error.idMismatch", "userAccountId");
        }
        if (command.role() == Role.PROMOTION_STAFF && command.clusterIds().isEmpty()) {
            throw new DomainRuleViolation("identity.error.staffNeedsCluster", "clusterIds");
        }
        if (command.role() == Role.CITY_COORDINATOR && command.city() == null) {
            throw new DomainRuleViolation("identity.error.coordinatorNeedsCity", "city");
        }
        if (command.role() == Role.SYSTEM) {
            throw new DomainRuleViolation("identity.error.systemRole", "role");
        }
        apply(new UserAccountRegisteredEvent(command.userAccountId(), command.username(), command.displayName(),
                command.passwordHash(), command.role(), command.clusterIds(), command.city(),
                command.organization()));
    }

    @EventSourcingHandler
    void on(UserAccountRegisteredEvent event) {
        userAccountId = event.userAccountId();
    }
}
