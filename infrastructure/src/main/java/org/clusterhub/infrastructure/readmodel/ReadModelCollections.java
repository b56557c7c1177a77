package org.clusterhub.infrastructure.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Which physical MongoDB collection holds each read-model collection (ADR 019). Projections and their queries name
 * logical collections ({@code @Document("clusters")}); after a rebuild the logical name points to the rebuilt
 * collection ({@code clusters__r1a2b3c4}), switched in one step while the old one kept serving. Unmapped names are
 * their own physical name, so a store that was never rebuilt looks exactly as before.
 *
 * <p>The mapping lives in the collection {@value #COLLECTION}; this node switches its copy at once, and every node
 * re-reads it every {@code clusterhub.read-models.refresh} (a find on a handful of documents).
 */
@Component
public class ReadModelCollections implements DisposableBean {

    static final String COLLECTION = "read_model_collections";
    private static final Logger log = LoggerFactory.getLogger(ReadModelCollections.class);

    private final MongoDatabaseFactory databases;
    private final ScheduledExecutorService refresher;
    private volatile Map<String, String> physical;

    public ReadModelCollections(MongoDatabaseFactory databases,
                                @Value("${clusterhub.read-models.refresh:2s}") Duration refresh) {
        this.databases = databases;
        this.refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "read-model-collections");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, refresh.toMillis(), refresh.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The physical collection that holds the logical one now. */
    public String physical(String logical) {
        Map<String, String> known = physical;
        if (known == null) {
            known = refresh();
        }
        return known.getOrDefault(logical, logical);
    }

    /** Points each logical collection of {@code changes} to its new physical collection, on every node. */
    public synchronized void switchTo(String processor, Map<String, String> changes) {
        MongoCollection<Document> mappings = mappings();
        Date now = Date.from(Instant.now());
        changes.forEach((logical, target) -> mappings.replaceOne(Filters.eq("_id", logical),
                new Document("_id", logical).append("physical", target).append("processor", processor)
                        .append("switchedAt", now), new ReplaceOptions().upsert(true)));
        Map<String, String> next = new HashMap<>(physical == null ? Map.of() : physical);
        next.putAll(changes);
        physical = Map.copyOf(next);
    }

    /** Reads the mapping again; done every few seconds, so that a switch made on another node reaches this one. */
    public synchronized Map<String, String> refresh() {
        Map<String, String> read = new HashMap<>();
        for (Document mapping : mappings().find()) {
            read.put(mapping.getString("_id"), mapping.getString("physical"));
        }
        physical = Map.copyOf(read);
        return physical;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.debug("could not re-read the read-model collection mapping: {}", e.toString());
        }
    }

    private MongoCollection<Document> mappings() {
        return databases.getMongoDatabase().getCollection(COLLECTION);
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
