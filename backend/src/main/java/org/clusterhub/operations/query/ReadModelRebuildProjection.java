package org.clusterhub.operations.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.operations.api.FindReadModelRebuildsQuery;
import org.clusterhub.operations.api.ReadModelRebuildCompletedEvent;
import org.clusterhub.operations.api.ReadModelRebuildFailedEvent;
import org.clusterhub.operations.api.ReadModelRebuildPage;
import org.clusterhub.operations.api.ReadModelRebuildProgressedEvent;
import org.clusterhub.operations.api.ReadModelRebuildStartedEvent;
import org.clusterhub.operations.api.ReadModelRebuildView;
import org.clusterhub.operations.api.RebuildPhase;
import org.clusterhub.operations.api.RebuildStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The history of read-model rebuilds (ADR 019): one row per run, newest first, paged on the server. This read model
 * is itself not offered for rebuild: the rebuild's own progress events would land in the collection being replaced.
 */
@Component
@ProcessingGroup("read-model-rebuilds")
class ReadModelRebuildProjection {

    private final MongoTemplate mongo;

    ReadModelRebuildProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ReadModelRebuildStartedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.runId(), ReadModelRebuildDocument.class) != null) {
            return;
        }
        ReadModelRebuildDocument doc = new ReadModelRebuildDocument();
        doc.id = event.runId();
        doc.processor = event.processor();
        doc.requestedBy = event.requestedBy();
        doc.startedAt = event.at();
        doc.status = RebuildStatus.RUNNING;
        doc.lastPhase = RebuildPhase.READING;
        doc.version = sequence;
        mongo.save(doc);
    }

    @EventHandler
    void on(ReadModelRebuildProgressedEvent event, @SequenceNumber long sequence) {
        update(event.runId(), sequence, doc -> {
            doc.lastPhase = event.phase();
            doc.events = event.eventsDone();
        });
    }

    @EventHandler
    void on(ReadModelRebuildCompletedEvent event, @SequenceNumber long sequence) {
        update(event.runId(), sequence, doc -> {
            doc.status = RebuildStatus.COMPLETED;
            doc.events = event.events();
            doc.millis = event.millis();
            doc.finishedAt = event.at();
        });
    }

    @EventHandler
    void on(ReadModelRebuildFailedEvent event, @SequenceNumber long sequence) {
        update(event.runId(), sequence, doc -> {
            doc.status = RebuildStatus.FAILED;
            doc.reason = event.reason();
            doc.finishedAt = event.at();
            doc.millis = event.at().toEpochMilli() - doc.startedAt.toEpochMilli();
        });
    }

    private void update(UUID runId, long sequence, Consumer<ReadModelRebuildDocument> change) {
        ReadModelRebuildDocument doc = mongo.findById(runId, ReadModelRebuildDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        mongo.save(doc);
    }

    @QueryHandler
    ReadModelRebuildPage handle(FindReadModelRebuildsQuery q) {
        Query criteria = q.processor() == null || q.processor().isBlank() ? new Query()
                : new Query(where("processor").is(q.processor()));
        long total = mongo.count(Query.of(criteria), ReadModelRebuildDocument.class);
        Query page = Query.of(criteria).with(Sort.by(Sort.Direction.DESC, "startedAt", "_id"))
                .skip(q.offset()).limit(q.limit());
        return new ReadModelRebuildPage(mongo.find(page, ReadModelRebuildDocument.class).stream()
                .map(d -> new ReadModelRebuildView(d.id, d.processor, d.requestedBy, d.startedAt, d.status,
                        d.lastPhase, d.events, d.millis,
                        d.millis > 0 && d.status == RebuildStatus.COMPLETED ? d.events * 1000.0 / d.millis : 0,
                        d.reason, d.finishedAt))
                .toList(), total);
    }
}
