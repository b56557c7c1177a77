package org.clusterhub.consortium.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.consortium.api.*;
import org.clusterhub.shared.ReadModelWait;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The consortium catalog: each consortium with its membership board ({@code consortia}) and the list's lean rows
 * ({@code consortium_list}), with cluster names learned from the cluster context's events.
 *
 * <p>Replay-safe: a consortium's document carries the version of the last event applied, and an event at or below it
 * changes nothing. The row is written before the document, both by id, so that a crash between the two leaves the
 * document behind and the redelivered event completes both.
 */
@Component
@ProcessingGroup("consortium-catalog")
class ConsortiumCatalogProjection {

    private static final int MAX_PAGE = 200;

    private final MongoTemplate mongo;

    ConsortiumCatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClusterRegisteredEvent event) {
        try {
            mongo.insert(new ConsortiumClusterNameDocument(event.clusterId().toString(), event.nameZh(),
                    event.nameEn()));
        } catch (DuplicateKeyException alreadyKnown) {
            // Redelivered: clusters are never renamed.
        }
    }

    @EventHandler
    void on(ConsortiumProposedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.consortiumId().toString(), ConsortiumDocument.class) != null) {
            return;
        }
        ConsortiumDocument doc = new ConsortiumDocument();
        doc.id = event.consortiumId().toString();
        doc.version = sequence;
        doc.clusterId = event.clusterId().toString();
        doc.name = event.name();
        doc.area = event.area();
        doc.keywords = new ArrayList<>(event.keywords());
        doc.aims = event.aims();
        doc.platforms = new ArrayList<>(event.platforms());
        doc.leadOrganization = event.leadOrganization();
        doc.leadCreditCode = event.leadCreditCode();
        doc.status = ConsortiumStatus.FORMING;
        doc.proposedAt = at;
        doc.lastChangedAt = at;
        ConsortiumDocument.Entry lead = doc.enter(event.leadCreditCode());
        lead.organization = event.leadOrganization();
        lead.kind = event.leadKind();
        lead.origin = MemberOrigin.SAME_CLUSTER;
        lead.role = MemberRole.LEAD;
        lead.state = MembershipState.MEMBER;
        lead.commitment = event.leadCommitment();
        lead.since = at;
        write(doc);
    }

    @EventHandler
    void on(OrganizationInvitedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            ConsortiumDocument.Entry entry = doc.enter(event.creditCode());
            entry.organization = event.organization();
            entry.kind = event.kind();
            entry.origin = event.origin();
            entry.region = event.region();
            entry.role = event.role();
            entry.state = MembershipState.INVITED;
            entry.requiredForFounding = event.requiredForFounding();
            entry.commitment = null;
            entry.note = null;
            entry.since = at;
        });
    }

    @EventHandler
    void on(InvitationWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> state(doc, event.creditCode(), MembershipState.WITHDRAWN,
                null, at));
    }

    @EventHandler
    void on(InvitationAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            ConsortiumDocument.Entry entry = state(doc, event.creditCode(), MembershipState.MEMBER, null, at);
            if (entry != null) {
                entry.commitment = event.commitment();
            }
        });
    }

    @EventHandler
    void on(InvitationDeclinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> state(doc, event.creditCode(), MembershipState.DECLINED,
                event.reason(), at));
    }

    @EventHandler
    void on(FoundingAgreementSignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            doc.status = ConsortiumStatus.FOUNDED;
            doc.foundedAt = at;
        });
    }

    @EventHandler
    void on(MembershipAppliedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            ConsortiumDocument.Entry entry = doc.enter(event.creditCode());
            entry.organization = event.organization();
            entry.kind = event.kind();
            entry.origin = event.origin();
            entry.region = event.region();
            entry.role = null;
            entry.state = MembershipState.APPLIED;
            entry.requiredForFounding = false;
            entry.commitment = event.commitment();
            entry.note = event.motivation();
            entry.since = at;
        });
    }

    @EventHandler
    void on(ApplicantAdmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            ConsortiumDocument.Entry entry = state(doc, event.creditCode(), MembershipState.MEMBER, null, at);
            if (entry != null) {
                entry.role = event.role();
            }
        });
    }

    @EventHandler
    void on(ApplicationRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> state(doc, event.creditCode(), MembershipState.REJECTED,
                event.reason(), at));
    }

    @EventHandler
    void on(MemberRoleChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            ConsortiumDocument.Entry entry = doc.entry(event.creditCode());
            if (entry != null) {
                entry.role = event.role();
            }
        });
    }

    @EventHandler
    void on(CommitmentRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            ConsortiumDocument.Entry entry = doc.entry(event.creditCode());
            if (entry != null) {
                entry.commitment = event.commitment();
            }
        });
    }

    @EventHandler
    void on(MemberLeftEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> state(doc, event.creditCode(), MembershipState.LEFT,
                event.reason(), at));
    }

    @EventHandler
    void on(ConsortiumRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            doc.status = ConsortiumStatus.REGISTERED;
            doc.registrationNumber = event.registrationNumber();
            doc.registrationNote = event.note();
            doc.registeredAt = at;
        });
    }

    @EventHandler
    void on(ConsortiumDissolvedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.consortiumId(), sequence, at, doc -> {
            doc.status = ConsortiumStatus.DISSOLVED;
            doc.dissolutionReason = event.reason();
            doc.dissolvedAt = at;
        });
    }

    private static ConsortiumDocument.Entry state(ConsortiumDocument doc, String creditCode, MembershipState state,
                                                  String note, Instant at) {
        ConsortiumDocument.Entry entry = doc.entry(creditCode);
        if (entry != null) {
            entry.state = state;
            entry.note = note;
            entry.since = at;
        }
        return entry;
    }

    /** Applies one event to its consortium, once: an event at or below the stored version was applied before. */
    private void change(ConsortiumId consortiumId, long sequence, Instant at, Consumer<ConsortiumDocument> change) {
        ConsortiumDocument doc = mongo.findById(consortiumId.toString(), ConsortiumDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        doc.lastChangedAt = at;
        write(doc);
    }

    /**
     * The row first, then the document, both by id alone: the embedded server uses its _id index only for a query
     * on exactly {_id}. One consortium's events are handled in order by one segment, so nothing comes between the
     * version check and these writes.
     */
    private void write(ConsortiumDocument doc) {
        mongo.save(doc.toRow());
        mongo.save(doc);
    }

    // ---- queries ---------------------------------------------------------------------------------------------------

    @QueryHandler
    Optional<ConsortiumView> handle(FindConsortiumQuery q) {
        return ReadModelWait.until(() -> Optional.ofNullable(mongo.findById(q.consortiumId().toString(),
                                ConsortiumDocument.class)), doc -> doc.version >= q.atLeastVersion(),
                        q.atLeastVersion() < 0 ? Duration.ZERO : Duration.ofSeconds(3))
                .map(doc -> doc.toView(clusterNames(List.of(doc.clusterId)).get(doc.clusterId)));
    }

    @QueryHandler
    ConsortiumPage handle(FindConsortiaQuery q) {
        ConsortiumFilter filter = q.filter() == null ? ConsortiumFilter.none() : q.filter();
        Criteria criteria = criteria(filter);
        long total = mongo.count(new Query(criteria), ConsortiumListDocument.class);
        int offset = Math.max(0, q.offset());
        if (total <= offset) {
            return new ConsortiumPage(List.of(), total);
        }
        Query page = new Query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "lastChangedAt").and(Sort.by(Sort.Direction.ASC, "_id")))
                .skip(offset)
                .limit(Math.max(1, Math.min(q.limit(), MAX_PAGE)));
        page.fields().exclude("search").exclude("organizations");
        List<ConsortiumListDocument> rows = mongo.find(page, ConsortiumListDocument.class);
        Map<String, String> names = clusterNames(rows.stream().map(row -> row.clusterId).distinct().toList());
        return new ConsortiumPage(rows.stream().map(row -> new ConsortiumSummary(ConsortiumId.of(row.id),
                ClusterId.of(row.clusterId), names.get(row.clusterId), row.name, row.area, row.leadOrganization,
                row.status, row.memberCount, row.openInvitations, row.lastChangedAt, row.version)).toList(), total);
    }

    private static Criteria criteria(ConsortiumFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.clusterId() != null) {
            all.add(where("clusterId").is(filter.clusterId().toString()));
        }
        if (filter.area() != null) {
            all.add(where("area").is(filter.area()));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status()));
        }
        if (filter.organization() != null && !filter.organization().isBlank()) {
            all.add(where("organizations").is(filter.organization().strip()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(where("search").regex(Pattern.quote(filter.text().strip().toLowerCase(Locale.ROOT))));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private Map<String, String> clusterNames(List<String> clusterIds) {
        Map<String, String> names = new HashMap<>();
        if (!clusterIds.isEmpty()) {
            mongo.find(query(where("_id").in(clusterIds)), ConsortiumClusterNameDocument.class)
                    .forEach(doc -> names.put(doc.id(), doc.nameZh()));
        }
        return names;
    }
}
