package org.clusterhub.identity.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.identity.api.ExpertPool;
import org.clusterhub.identity.api.FindExpertPoolQuery;
import org.clusterhub.identity.api.FindUserAccountQuery;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.identity.api.UserAccountRegisteredEvent;
import org.clusterhub.identity.api.UserAccountView;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Accounts by username, for sign-in, and the provincial expert pool (every account with the expert role). A save by
 * id is idempotent under redelivery.
 */
@Component
@ProcessingGroup("user-accounts")
class UserAccountProjection {

    private final MongoTemplate mongo;

    UserAccountProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(UserAccountRegisteredEvent event) {
        mongo.save(new UserAccountDocument(event.userAccountId().toString(), event.username(), event.displayName(),
                event.passwordHash(), event.role(), event.clusterIds(), event.city(), event.organization()));
    }

    @QueryHandler
    Optional<UserAccountView> handle(FindUserAccountQuery query) {
        return Optional.ofNullable(mongo.findById(UserAccountId.forUsername(query.username()).toString(),
                        UserAccountDocument.class))
                .map(doc -> new UserAccountView(UserAccountId.of(doc.id()), doc.username(), doc.displayName(),
                        doc.passwordHash(), doc.role(), doc.clusterIds(), doc.city(), doc.organization()));
    }

    /** The pool a panel is drawn from, in username order (the draw sorts it again, so order does not bias it). */
    @QueryHandler
    ExpertPool handle(FindExpertPoolQuery query) {
        return new ExpertPool(mongo.find(query(where("role").is(Role.EXPERT)).with(Sort.by("username")),
                        UserAccountDocument.class).stream()
                .map(doc -> new ExpertCandidate(doc.username(), doc.displayName(), doc.organization()))
                .toList());
    }

    @Document("user_accounts")
    record UserAccountDocument(@Id String id, @Indexed(unique = true) String username, String displayName,
                               String passwordHash, Role role, Set<String> clusterIds, City city,
                               String organization) {
    }
}
