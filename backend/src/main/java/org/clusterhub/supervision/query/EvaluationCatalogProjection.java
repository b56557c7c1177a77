package org.clusterhub.supervision.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.PromotionOrganizationReplacedEvent;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.EvaluationFinalizedEvent;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.EvaluationOpenedEvent;
import org.clusterhub.supervision.api.EvaluationPage;
import org.clusterhub.supervision.api.EvaluationResultCorrectedEvent;
import org.clusterhub.supervision.api.EvaluationScoredEvent;
import org.clusterhub.supervision.api.EvaluationStatus;
import org.clusterhub.supervision.api.EvaluationSummary;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.FindEvaluationQuery;
import org.clusterhub.supervision.api.FindEvaluationsQuery;
import org.clusterhub.supervision.api.SelfAssessmentSubmittedEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The evaluations list and each evaluation's page. Updates are guarded by the aggregate's version, so that a
 * redelivered event changes nothing. Who sees what is decided here, for the list and the page alike: supervisors
 * everything; promotion staff their own clusters' evaluations (without the province's draft scores) and finalized
 * ones; everyone else finalized ones only.
 */
@Component
@ProcessingGroup("evaluation-catalog")
class EvaluationCatalogProjection {

    private final MongoTemplate mongo;

    EvaluationCatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClusterRegisteredEvent event, @SequenceNumber long sequence) {
        try {
            mongo.insert(new EvaluationClusterDocument(event.clusterId().toString(), sequence, event.planNumber(),
                    event.nameZh(), event.nameEn(), event.promotionOrganization().nameZh(),
                    event.promotionOrganization().nameEn()));
        } catch (DuplicateKeyException alreadyProjected) {
            // Delivered again: the cluster is known, perhaps with a newer promotion organization.
        }
    }

    @EventHandler
    void on(PromotionOrganizationReplacedEvent event, @SequenceNumber long sequence) {
        mongo.updateFirst(query(where("_id").is(event.clusterId().toString()).and("version").lt(sequence)),
                new Update().set("version", sequence)
                        .set("promotionOrganizationZh", event.promotionOrganization().nameZh())
                        .set("promotionOrganizationEn", event.promotionOrganization().nameEn()),
                EvaluationClusterDocument.class);
    }

    @EventHandler
    void on(EvaluationOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        if (mongo.exists(query(where("_id").is(event.evaluationId().toString())), EvaluationDocument.class)) {
            return;
        }
        EvaluationClusterDocument cluster = mongo.findById(event.clusterId().toString(),
                EvaluationClusterDocument.class);
        EvaluationDocument doc = new EvaluationDocument();
        doc.id = event.evaluationId().toString();
        doc.version = sequence;
        doc.clusterId = event.clusterId().toString();
        doc.year = event.year();
        doc.status = EvaluationStatus.OPEN;
        doc.selfAssessmentDue = event.selfAssessmentDue();
        doc.opened = step(at, meta);
        if (cluster != null) {
            doc.planNumber = cluster.planNumber();
            doc.clusterNameZh = cluster.nameZh();
            doc.clusterNameEn = cluster.nameEn();
            doc.promotionOrganizationZh = cluster.promotionOrganizationZh();
            doc.promotionOrganizationEn = cluster.promotionOrganizationEn();
        }
        doc.sortOrder = doc.planNumber == null ? 1000 : doc.planNumber;
        doc.lastChangedAt = at;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException alreadyProjected) {
            // A concurrent redelivery inserted it first: same event, same document.
        }
    }

    @EventHandler
    void on(SelfAssessmentSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        applyOnce(event.evaluationId(), sequence, at, new Update().set("status", EvaluationStatus.SELF_ASSESSED)
                .set("selfAssessment", new EvaluationView.SelfAssessment(event.indicators(), event.overall(),
                        event.selfScore(), event.revision(), step(at, meta))));
    }

    @EventHandler
    void on(EvaluationScoredEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        applyOnce(event.evaluationId(), sequence, at, new Update().set("status", EvaluationStatus.SCORED)
                .set("scoring", new EvaluationView.Scoring(event.scores(), event.overallScore(),
                        event.overallComment(), event.grade(), event.withoutSelfAssessment(), step(at, meta))));
    }

    @EventHandler
    void on(EvaluationFinalizedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        applyOnce(event.evaluationId(), sequence, at, new Update().set("status", EvaluationStatus.FINALIZED)
                .set("result", new EvaluationView.Result(event.grade(), event.overallScore(), event.figures(),
                        event.figuresAsOf(), step(at, meta)))
                .set("grade", event.grade()).set("overallScore", event.overallScore()));
    }

    @EventHandler
    void on(EvaluationResultCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        applyOnce(event.evaluationId(), sequence, at, new Update()
                .push("corrections", new EvaluationView.Correction(event.previousGrade(), event.grade(),
                        event.previousScore(), event.overallScore(), event.reason(), step(at, meta)))
                .set("grade", event.grade()).set("overallScore", event.overallScore()));
    }

    private void applyOnce(EvaluationId id, long sequence, Instant at, Update update) {
        mongo.updateFirst(query(where("_id").is(id.toString()).and("version").lt(sequence)),
                update.set("version", sequence).set("lastChangedAt", at), EvaluationDocument.class);
    }

    private static EvaluationView.Step step(Instant at, MetaData meta) {
        Object display = meta.get(MetaDataKeys.DISPLAY_NAME);
        Object organization = meta.get(MetaDataKeys.ORGANIZATION);
        return new EvaluationView.Step(at, display != null ? display.toString()
                : (String) meta.get(MetaDataKeys.USERNAME), organization == null ? null : organization.toString());
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    @QueryHandler
    EvaluationPage handle(FindEvaluationsQuery q) {
        List<Criteria> filters = new ArrayList<>();
        visibleTo(q.viewer()).ifPresent(filters::add);
        if (q.year() != null) {
            filters.add(where("year").is(q.year()));
        }
        if (q.clusterId() != null) {
            filters.add(where("clusterId").is(q.clusterId().toString()));
        }
        if (q.status() != null) {
            filters.add(where("status").is(q.status()));
        }
        Criteria criteria = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters.toArray(
                Criteria[]::new));
        long total = mongo.count(new Query(criteria), EvaluationDocument.class);
        List<EvaluationSummary> items = mongo.find(new Query(criteria)
                        .with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("sortOrder"), Sort.Order.asc("clusterId")))
                        .skip(q.offset()).limit(q.limit()), EvaluationDocument.class).stream()
                .map(doc -> new EvaluationSummary(EvaluationId.of(doc.id), ClusterId.of(doc.clusterId),
                        doc.planNumber, doc.clusterNameZh, doc.clusterNameEn, doc.promotionOrganizationZh,
                        doc.promotionOrganizationEn, doc.year, doc.status,
                        doc.selfAssessment == null ? null : doc.selfAssessment.selfScore(), doc.overallScore,
                        doc.grade, doc.lastChangedAt))
                .toList();
        return new EvaluationPage(items, total);
    }

    @QueryHandler
    Optional<EvaluationView> handle(FindEvaluationQuery q) {
        return ReadModelWait.until(() -> Optional.ofNullable(mongo.findById(q.evaluationId().toString(),
                                EvaluationDocument.class)), doc -> doc.version >= q.atLeastVersion(),
                        q.atLeastVersion() < 0 ? Duration.ZERO : Duration.ofSeconds(3))
                .filter(doc -> maySee(q.viewer(), doc))
                .map(doc -> new EvaluationView(EvaluationId.of(doc.id), doc.version, ClusterId.of(doc.clusterId),
                        doc.planNumber, doc.clusterNameZh, doc.clusterNameEn, doc.promotionOrganizationZh,
                        doc.promotionOrganizationEn, doc.year, doc.status, doc.selfAssessmentDue, doc.opened,
                        doc.selfAssessment,
                        q.viewer().isSupervisor() || doc.status == EvaluationStatus.FINALIZED ? doc.scoring : null,
                        doc.result, doc.corrections == null ? List.of() : List.copyOf(doc.corrections)));
    }

    /** The list's filter for who reads it; empty for supervisors, who see every evaluation. */
    private static Optional<Criteria> visibleTo(Actor viewer) {
        if (viewer.isSupervisor()) {
            return Optional.empty();
        }
        Criteria finalized = where("status").is(EvaluationStatus.FINALIZED);
        if (viewer.role() != Role.PROMOTION_STAFF || viewer.clusterIds().isEmpty()) {
            return Optional.of(finalized);
        }
        return Optional.of(new Criteria().orOperator(finalized, where("clusterId").in(viewer.clusterIds())));
    }

    private static boolean maySee(Actor viewer, EvaluationDocument doc) {
        return viewer.isSupervisor() || doc.status == EvaluationStatus.FINALIZED || viewer.isStaffOf(doc.clusterId);
    }
}
