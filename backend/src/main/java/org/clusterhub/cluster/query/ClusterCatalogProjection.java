package org.clusterhub.cluster.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterAssessedNationallyLeadingEvent;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.NationallyLeading;
import org.clusterhub.cluster.api.NationallyLeadingAssessmentWithdrawnEvent;
import org.clusterhub.cluster.api.ClusterDetails.CompetitionEntry;
import org.clusterhub.cluster.api.ClusterLevelChangedEvent;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.ClusterRetiredEvent;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.clusterhub.cluster.api.MemberOrganizationRemovedEvent;
import org.clusterhub.cluster.api.MemberOrganizationView;
import org.clusterhub.cluster.api.NationalCompetitionApplicationRecordedEvent;
import org.clusterhub.cluster.api.NationalCompetitionResultRecordedEvent;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.PromotionOrganizationReplacedEvent;
import org.clusterhub.shared.ReadModelWait;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Cluster directory and detail pages. Every update is guarded by the aggregate version, so that replaying an
 * event (at-least-once delivery, token reset) leaves the document as it was.
 */
@Component
@ProcessingGroup("cluster-catalog")
class ClusterCatalogProjection {

    private final MongoTemplate mongo;

    ClusterCatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClusterRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.exists(query(where("_id").is(event.clusterId().toString())), ClusterDocument.class)) {
            return;
        }
        ClusterDocument doc = new ClusterDocument();
        doc.id = event.clusterId().toString();
        doc.version = sequence;
        doc.planNumber = event.planNumber();
        doc.sortOrder = event.planNumber() == null ? 1000 : event.planNumber();
        doc.code = event.code();
        doc.nameZh = event.nameZh();
        doc.nameEn = event.nameEn();
        doc.level = event.level();
        doc.promotionOrganization = event.promotionOrganization();
        doc.centerCities = new ArrayList<>(event.centerCities());
        doc.keyCities = new ArrayList<>(event.keyCities());
        doc.radiatedCities = new ArrayList<>(event.radiatedCities());
        doc.allCities = new ArrayList<>(new LinkedHashSet<>(Stream.of(event.centerCities(), event.keyCities())
                .flatMap(List::stream).toList()));
        doc.leadingEnterprises = new ArrayList<>(event.leadingEnterprises());
        doc.supportingPlatforms = new ArrayList<>(event.supportingPlatforms());
        doc.focusAreas = new ArrayList<>(event.focusAreas());
        doc.focusAreasEn = new ArrayList<>(event.focusAreasEn());
        doc.searchText = searchText(doc.nameZh, doc.nameEn, doc.promotionOrganization, doc.focusAreas,
                doc.focusAreasEn, doc.code);
        doc.lastChangedAt = at;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException alreadyProjected) {
            // A concurrent redelivery inserted it first: same event, same document.
        }
    }

    @EventHandler
    void on(ClusterLevelChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at, new Update().set("level", event.level()));
    }

    @EventHandler
    void on(PromotionOrganizationReplacedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ClusterDocument doc = mongo.findById(event.clusterId().toString(), ClusterDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        applyOnce(doc.id, sequence, at, new Update().set("promotionOrganization", event.promotionOrganization())
                .set("searchText", searchText(doc.nameZh, doc.nameEn, event.promotionOrganization(), doc.focusAreas,
                        doc.focusAreasEn, doc.code)));
    }

    @EventHandler
    void on(NationalCompetitionApplicationRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at, new Update().push("nationalCompetition",
                new CompetitionEntry(event.round(), event.description(), null, null)));
    }

    @EventHandler
    void on(NationalCompetitionResultRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ClusterDocument doc = mongo.findById(event.clusterId().toString(), ClusterDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        List<CompetitionEntry> entries = doc.nationalCompetition.stream()
                .map(entry -> entry.round() == event.round() && entry.outcome() == null
                        ? new CompetitionEntry(entry.round(), entry.description(), event.outcome(), event.note())
                        : entry)
                .toList();
        applyOnce(doc.id, sequence, at, new Update().set("nationalCompetition", entries));
    }

    @EventHandler
    void on(ClusterAssessedNationallyLeadingEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at, new Update()
                .set("nationallyLeading", new NationallyLeading(event.reason(), at)).set("leading", true));
    }

    @EventHandler
    void on(NationallyLeadingAssessmentWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at, new Update().unset("nationallyLeading")
                .set("leading", false));
    }

    @EventHandler
    void on(ClusterRetiredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at,
                new Update().set("retired", true).set("retirementReason", event.reason()));
    }

    @EventHandler
    void on(MemberOrganizationAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at, new Update().push("members",
                new MemberOrganizationView(event.organizationId(), event.name(), event.kind(), event.city(),
                        event.chainPosition(), event.creditCode(), at)));
    }

    @EventHandler
    void on(MemberOrganizationRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.clusterId().toString(), sequence, at, new Update().pull("members",
                query(where("organizationId").is(event.organizationId())).getQueryObject()));
    }

    private void applyOnce(String clusterId, long sequence, Instant at, Update update) {
        mongo.updateFirst(query(where("_id").is(clusterId).and("version").lt(sequence)),
                update.set("version", sequence).set("lastChangedAt", at), ClusterDocument.class);
    }

    @QueryHandler
    ClusterPage handle(FindClustersQuery q) {
        Criteria criteria = new Criteria();
        List<Criteria> filters = new ArrayList<>();
        if (!q.includeRetired()) {
            filters.add(where("retired").is(false));
        }
        if (q.level() != null) {
            filters.add(where("level").is(q.level()));
        }
        if (q.nationallyLeading() != null) {
            filters.add(where("leading").is(q.nationallyLeading()));
        }
        if (q.city() != null) {
            filters.add(where("allCities").is(q.city()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            filters.add(where("searchText").regex(Pattern.quote(q.text().strip().toLowerCase(Locale.ROOT))));
        }
        if (!filters.isEmpty()) {
            criteria.andOperator(filters.toArray(Criteria[]::new));
        }
        long total = mongo.count(new Query(criteria), ClusterDocument.class);
        Query page = new Query(criteria).with(Sort.by("sortOrder", "nameZh")).skip(q.offset()).limit(q.limit());
        List<ClusterSummary> items = mongo.find(page, ClusterDocument.class).stream()
                .map(doc -> new ClusterSummary(org.clusterhub.cluster.api.ClusterId.of(doc.id), doc.planNumber,
                        doc.nameZh, doc.nameEn, doc.level, doc.promotionOrganization.nameZh(),
                        doc.promotionOrganization.nameEn(), doc.centerCities, doc.keyCities, doc.members.size(),
                        doc.retired))
                .toList();
        return new ClusterPage(items, total);
    }

    @QueryHandler
    Optional<ClusterDetails> handle(FindClusterQuery q) {
        return ReadModelWait.until(() -> Optional.ofNullable(mongo.findById(q.clusterId().toString(),
                        ClusterDocument.class)), doc -> doc.version >= q.atLeastVersion(),
                        q.atLeastVersion() < 0 ? Duration.ZERO : Duration.ofSeconds(3))
                .map(doc -> new ClusterDetails(q.clusterId(), doc.version, doc.planNumber, doc.code, doc.nameZh,
                        doc.nameEn, doc.level, doc.promotionOrganization, doc.centerCities, doc.keyCities,
                        doc.radiatedCities, doc.leadingEnterprises, doc.supportingPlatforms, doc.focusAreas,
                        doc.focusAreasEn, doc.members, doc.nationalCompetition, doc.retired, doc.retirementReason,
                        doc.lastChangedAt, doc.nationallyLeading));
    }

    private static String searchText(String nameZh, String nameEn, PromotionOrganization organization,
                                     List<String> focusAreas, List<String> focusAreasEn, String code) {
        return Stream.of(Stream.of(nameZh, nameEn, organization.nameZh(), organization.nameEn(), code),
                        focusAreas.stream(), focusAreasEn.stream())
                .flatMap(s -> s)
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
