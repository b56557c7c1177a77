package org.clusterhub.infrastructure.mongo;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the read-model store by {@code ping}, which a real MongoDB and the embedded server both answer. Boot's
 * own indicator sends {@code hello}, which the embedded server does not know; this bean's name replaces it.
 */
@Component("mongoHealthIndicator")
class ReadModelStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    ReadModelStoreHealthIndicator(MongoTemplate mongo) {
        super("read-model store health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}
