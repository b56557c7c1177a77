package org.clusterhub.infrastructure.readmodel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/** Replaces Boot's {@link MongoTemplate} with one that follows rebuilt read models (ADR 019). */
@Configuration(proxyBeanMethods = false)
public class ReadModelStoreConfiguration {

    @Bean
    MongoTemplate mongoTemplate(MongoDatabaseFactory databases, MongoConverter converter,
                                ReadModelCollections collections) {
        return new ReadModelMongoTemplate(databases, converter, collections);
    }
}
