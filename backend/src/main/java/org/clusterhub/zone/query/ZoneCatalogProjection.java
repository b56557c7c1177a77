package org.clusterhub.zone.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.FindZonesQuery;
import org.clusterhub.zone.api.ZoneAimsRevisedEvent;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZonePage;
import org.clusterhub.zone.api.ZoneRegisteredEvent;
import org.clusterhub.zone.api.ZoneSummary;
import org.clusterhub.zone.api.ZoneTarget;
import org.clusterhub.zone.api.ZoneTargetsSetEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Zone directory and detail pages. Every update is guarded by the aggregate version, so that replaying an event
 * (at-least-once delivery, token reset) leaves the document as it was.
 */
@Component
@ProcessingGroup("zone-catalog")
class ZoneCatalogProjection {

    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String ZONE = "Zone";

    private final MongoTemplate mongo;

    ZoneCatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ZoneRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.exists(query(where("_id").is(event.zoneId().toString())), ZoneDocument.class)) {
            return;
        }
        ZoneDocument doc = new ZoneDocument();
        doc.id = event.zoneId().toString();
        doc.version = sequence;
        doc.planNumber = event.planNumber();
        doc.sortOrder = event.planNumber() == null ? 1000 : event.planNumber();
        doc.code = event.code();
        doc.nameZh = event.nameZh();
        doc.nameEn = event.nameEn();
        doc.city = event.city();
        doc.kind = event.kind();
        doc.aimsZh = event.aimsZh();
        doc.aimsEn = event.aimsEn();
        doc.keyTasks = new ArrayList<>(event.keyTasks());
        doc.targets = new ArrayList<>(event.targets());
        doc.searchText = searchText(doc.nameZh, doc.nameEn, doc.code, doc.aimsZh, doc.aimsEn, doc.keyTasks,
                doc.targets);
        doc.lastChangedAt = at;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException alreadyProjected) {
            // A concurrent redelivery inserted it first: same event, same document.
        }
    }

    @EventHandler
    void on(ZoneAimsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ZoneDocument doc = mongo.findById(event.zoneId().toString(), ZoneDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        applyOnce(doc.id, sequence, at, new Update()
                .set("aimsZh", event.aimsZh())
                .set("aimsEn", event.aimsEn())
                .set("keyTasks", event.keyTasks())
                .set("searchText", searchText(doc.nameZh, doc.nameEn, doc.code, event.aimsZh(), event.aimsEn(),
                        event.keyTasks(), doc.targets)));
    }

    @EventHandler
    void on(ZoneTargetsSetEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ZoneDocument doc = mongo.findById(event.zoneId().toString(), ZoneDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        applyOnce(doc.id, sequence, at, new Update()
                .set("targets", event.targets())
                .set("searchText", searchText(doc.nameZh, doc.nameEn, doc.code, doc.aimsZh, doc.aimsEn,
                        doc.keyTasks, event.targets())));
    }

    /**
     * Every other event of a zone (creation status, tasks, indicator values: the zone-monitoring read model shows
     * them) still moves this document's version and last change, so that a screen asking this read model for "at
     * least version n" after such an event is answered at once instead of waiting in vain.
     */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!ZONE.equals(message.getType())) {
            return;
        }
        ZoneDocument doc = mongo.findById(message.getAggregateIdentifier(), ZoneDocument.class);
        if (doc == null || doc.version >= message.getSequenceNumber()) {
            return;
        }
        doc.version = message.getSequenceNumber();
        doc.lastChangedAt = message.getTimestamp();
        // By id alone, after the version check: the embedded server scans the collection for {_id, version < n}.
        mongo.save(doc);
    }

    private void applyOnce(String zoneId, long sequence, Instant at, Update update) {
        mongo.updateFirst(query(where("_id").is(zoneId).and("version").lt(sequence)),
                update.set("version", sequence).set("lastChangedAt", at), ZoneDocument.class);
    }

    @QueryHandler
    ZonePage handle(FindZonesQuery q) {
        Criteria criteria = new Criteria();
        List<Criteria> filters = new ArrayList<>();
        if (q.city() != null) {
            filters.add(where("city").is(q.city()));
        }
        if (q.kind() != null) {
            filters.add(where("kind").is(q.kind()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            filters.add(where("searchText").regex(Pattern.quote(q.text().strip().toLowerCase(Locale.ROOT))));
        }
        if (!filters.isEmpty()) {
            criteria.andOperator(filters.toArray(Criteria[]::new));
        }
        long total = mongo.count(new Query(criteria), ZoneDocument.class);
        Query page = new Query(criteria).with(Sort.by("sortOrder", "nameZh")).skip(q.offset()).limit(q.limit());
        List<ZoneSummary> items = mongo.find(page, ZoneDocument.class).stream()
                .map(doc -> new ZoneSummary(ZoneId.of(doc.id), doc.planNumber, doc.nameZh, doc.nameEn, doc.city,
                        doc.kind, doc.targets.size()))
                .toList();
        return new ZonePage(items, total);
    }

    @QueryHandler
    Optional<ZoneDetails> handle(FindZoneQuery q) {
        Supplier<Optional<ZoneDocument>> read =
                () -> Optional.ofNullable(mongo.findById(q.zoneId().toString(), ZoneDocument.class));
        // Without a version to wait for, answer at once: a missing zone is a 404 now, not after the patience.
        Optional<ZoneDocument> found = q.atLeastVersion() < 0 ? read.get()
                : ReadModelWait.until(read, doc -> doc.version >= q.atLeastVersion(), Duration.ofSeconds(3));
        return found.map(doc -> new ZoneDetails(q.zoneId(), doc.version, doc.planNumber, doc.code, doc.nameZh,
                doc.nameEn, doc.city, doc.kind, doc.aimsZh, doc.aimsEn, doc.keyTasks, doc.targets,
                doc.lastChangedAt));
    }

    private static String searchText(String nameZh, String nameEn, String code, String aimsZh, String aimsEn,
                                     List<String> keyTasks, List<ZoneTarget> targets) {
        return Stream.of(Stream.of(nameZh, nameEn, code, aimsZh, aimsEn), keyTasks.stream(),
                        targets.stream().flatMap(t -> Stream.of(t.indicatorZh(), t.indicatorEn())))
                .flatMap(s -> s)
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
