package org.clusterhub.supervision.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.supervision.api.FindReplayAccessesQuery;
import org.clusterhub.supervision.api.ReplayAccessPage;
import org.clusterhub.supervision.api.ReplayAccessRecordedEvent;
import org.clusterhub.supervision.api.ReplayAccessView;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who looked at which history (ADR 017): one row per recorded replay access, for the replay screen's panel and the
 * list of recent accesses. Idempotent: a row's id is its log's id and the event's sequence number.
 */
@Component
@ProcessingGroup("replay-access")
class ReplayAccessProjection {

    private static final int MAX_PAGE = 200;

    private final MongoTemplate mongo;

    ReplayAccessProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ReplayAccessRecordedEvent event, @SequenceNumber long sequence, MetaData meta) {
        ReplayAccessDocument doc = new ReplayAccessDocument();
        doc.id = event.logId() + ":" + sequence;
        doc.at = event.at();
        doc.username = event.username();
        doc.displayName = text(meta, MetaDataKeys.DISPLAY_NAME);
        doc.role = text(meta, MetaDataKeys.ROLE);
        doc.organization = text(meta, MetaDataKeys.ORGANIZATION);
        doc.city = text(meta, MetaDataKeys.CITY);
        doc.viewedAggregateId = event.viewedAggregateId();
        doc.viewedAggregateType = event.viewedAggregateType();
        doc.viewedTitle = event.viewedTitle();
        doc.action = event.action();
        doc.sequenceNumber = event.sequenceNumber();
        mongo.save(doc);
    }

    @QueryHandler
    ReplayAccessPage handle(FindReplayAccessesQuery q) {
        List<Criteria> filters = new ArrayList<>();
        if (q.viewedAggregateId() != null) {
            filters.add(where("viewedAggregateId").is(q.viewedAggregateId()));
        }
        if (q.username() != null && !q.username().isBlank()) {
            filters.add(where("username").is(q.username().strip()));
        }
        if (q.aggregateType() != null) {
            filters.add(where("viewedAggregateType").is(q.aggregateType()));
        }
        if (q.action() != null) {
            filters.add(where("action").is(q.action()));
        }
        Criteria criteria = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
        long total = mongo.count(new Query(criteria), ReplayAccessDocument.class);
        Query page = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "at", "_id"))
                .skip(Math.max(0, q.offset())).limit(Math.max(1, Math.min(q.limit(), MAX_PAGE)));
        return new ReplayAccessPage(mongo.find(page, ReplayAccessDocument.class).stream()
                .map(d -> new ReplayAccessView(d.id, d.at, d.username, d.displayName, d.role, d.organization, d.city,
                        d.viewedAggregateId, d.viewedAggregateType, d.viewedTitle, d.action, d.sequenceNumber))
                .toList(), total);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
