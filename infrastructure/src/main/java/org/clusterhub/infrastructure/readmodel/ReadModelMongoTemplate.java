package org.clusterhub.infrastructure.readmodel;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The application's {@link MongoTemplate}: every operation on a logical read-model collection reaches the physical
 * collection that holds it now ({@link ReadModelCollections}), so that projections and queries keep their
 * {@code @Document} names while a rebuilt read model takes over (ADR 019).
 */
public class ReadModelMongoTemplate extends MongoTemplate {

    private final ReadModelCollections collections;

    public ReadModelMongoTemplate(MongoDatabaseFactory databases, MongoConverter converter,
                                  ReadModelCollections collections) {
        super(databases, converter);
        this.collections = collections;
    }

    /** Every read, write, count and index operation of the template passes here with its collection. */
    @Override
    protected MongoCollection<Document> prepareCollection(MongoCollection<Document> collection) {
        String logical = collection.getNamespace().getCollectionName();
        String physical = physical(logical);
        MongoCollection<Document> target = physical.equals(logical) ? collection
                : doGetDatabase().getCollection(physical, Document.class);
        return super.prepareCollection(target);
    }

    @Override
    public MongoCollection<Document> getCollection(String collectionName) {
        return super.getCollection(physical(collectionName));
    }

    @Override
    public boolean collectionExists(String collectionName) {
        return super.collectionExists(physical(collectionName));
    }

    /** MongoTemplate's constructor already creates indexes, before this class has its mapping: names as they are. */
    private String physical(String logical) {
        return collections == null ? logical : collections.physical(logical);
    }
}
