package org.clusterhub.infrastructure.presence;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Presence in the shared MongoDB (the read-model store), so that every node sees every node's screens. */
@Configuration(proxyBeanMethods = false)
public class PresenceConfiguration {

    /** Closed before the MongoDB client (it depends on it), so that this node's screens leave at once. */
    @Bean(destroyMethod = "close")
    MongoPresence presence(MongoTemplate mongo, @Value("${clusterhub.node-id}") String nodeId,
                           @Value("${clusterhub.presence.heartbeat:5s}") Duration heartbeat,
                           @Value("${clusterhub.presence.expiry:15s}") Duration expiry,
                           @Value("${clusterhub.presence.poll-interval:500ms}") Duration poll) {
        return new MongoPresence(mongo.getCollection(MongoPresence.COLLECTION), nodeId, heartbeat, expiry, poll,
                Clock.systemUTC());
    }
}
