package org.clusterhub.subsidy.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
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
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.subsidy.api.*;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The funding programmes with their figures ({@code funding_programmes}) and every grant with its tranches
 * ({@code subsidy_grants}), for the supervisors' programme screens and everyone's "my grants".
 *
 * <p>Replay-safe: the programme document carries the sequence number of the last event applied, each grant document
 * that of the last event applied to it, and an event at or below it changes nothing. The grant is written before the
 * programme, so that a reader who waits for the programme's version (a live screen catching up) finds the grant too.
 * Reads are scoped by the reader: supervisors read every grant, promotion staff their clusters', coordinators their
 * city's, members their organization's.
 *
 * @see <a href="../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
@Component
@ProcessingGroup("subsidy-catalog")
class SubsidyCatalogProjection {

    private static final int MAX_PAGE = 200;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final MongoTemplate mongo;
    private final EventStore eventStore;

    SubsidyCatalogProjection(MongoTemplate mongo, @Lazy EventStore eventStore) {
        this.mongo = mongo;
        this.eventStore = eventStore;
    }

    // ---- programmes ------------------------------------------------------------------------------------------------

    @EventHandler
    void on(FundingProgrammeDefinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.programmeId().toString(), FundingProgrammeDocument.class) != null) {
            return;
        }
        FundingProgrammeDocument doc = new FundingProgrammeDocument();
        doc.id = event.programmeId().toString();
        doc.version = sequence;
        doc.year = event.year();
        doc.kind = event.kind();
        doc.name = event.name();
        doc.description = event.description();
        doc.status = ProgrammeStatus.OPEN;
        doc.budget = event.budget();
        doc.committed = ZERO;
        doc.paid = ZERO;
        doc.definedAt = at;
        doc.lastChangedAt = at;
        doc.index();
        mongo.save(doc);
    }

    @EventHandler
    void on(ProgrammeBudgetRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        programme(event.programmeId(), sequence, at, doc -> doc.budget = event.budget());
    }

    @EventHandler
    void on(FundingProgrammeClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        programme(event.programmeId(), sequence, at, doc -> {
            doc.status = ProgrammeStatus.CLOSED;
            doc.closedAt = at;
            doc.closingReason = event.reason();
        });
    }

    // ---- grants ----------------------------------------------------------------------------------------------------

    @EventHandler
    void on(GrantAwardedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        FundingProgrammeDocument programme = mongo.findById(event.programmeId().toString(),
                FundingProgrammeDocument.class);
        if (programme == null || programme.version >= sequence) {
            return;
        }
        if (mongo.findById(event.grantId().toString(), GrantDocument.class) == null) {
            GrantDocument grant = new GrantDocument();
            grant.id = event.grantId().toString();
            grant.version = sequence;
            grant.programmeId = programme.id;
            grant.programmeName = programme.name;
            grant.programmeKind = programme.kind;
            grant.year = event.year();
            grant.recipientKind = event.recipientKind();
            grant.projectId = event.projectId() == null ? null : event.projectId().toString();
            grant.projectTitle = event.projectTitle();
            grant.organization = event.organization();
            grant.clusterId = event.clusterId() == null ? null : event.clusterId().toString();
            grant.city = event.city();
            grant.amount = event.amount();
            grant.paid = ZERO;
            grant.state = GrantState.ACTIVE;
            grant.purpose = event.purpose();
            event.tranches().forEach(t -> grant.tranches.add(GrantDocument.TrancheEntry.of(t)));
            grant.awardedAt = at;
            grant.lastChangedAt = at;
            grant.index();
            mongo.save(grant);
        }
        programme(event.programmeId(), sequence, at, doc -> {
            doc.committed = event.programmeCommitted();
            doc.grantCount++;
        });
    }

    @EventHandler
    void on(GrantRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        grant(event.grantId(), sequence, at, grant -> {
            grant.amount = event.amount();
            grant.tranches.stream().filter(t -> t.state != TrancheState.PAID)
                    .forEach(t -> t.state = TrancheState.CANCELLED);
            event.unpaidTranches().forEach(t -> grant.tranches.add(GrantDocument.TrancheEntry.of(t)));
            grant.settle();
        });
        programme(event.programmeId(), sequence, at, doc -> doc.committed = event.programmeCommitted());
    }

    @EventHandler
    void on(GrantWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        grant(event.grantId(), sequence, at, grant -> {
            grant.tranches.stream().filter(t -> t.state != TrancheState.PAID)
                    .forEach(t -> t.state = TrancheState.CANCELLED);
            grant.state = GrantState.WITHDRAWN;
            grant.withdrawalReason = event.reason();
        });
        programme(event.programmeId(), sequence, at, doc -> doc.committed = event.programmeCommitted());
    }

    @EventHandler
    void on(TrancheBecamePayableEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        grant(event.grantId(), sequence, at, grant -> {
            GrantDocument.TrancheEntry tranche = grant.tranche(event.tranche());
            if (tranche != null) {
                tranche.state = TrancheState.PAYABLE;
                tranche.payableSince = at;
                tranche.evidence = event.evidence();
            }
        });
        programme(event.programmeId(), sequence, at, doc -> {
        });
    }

    @EventHandler
    void on(TranchePaidEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        grant(event.grantId(), sequence, at, grant -> {
            GrantDocument.TrancheEntry tranche = grant.tranche(event.tranche());
            if (tranche != null) {
                tranche.state = TrancheState.PAID;
                tranche.paidOn = event.paidOn();
                tranche.voucher = event.voucher();
            }
            grant.paid = event.grantPaid();
            grant.settle();
        });
        programme(event.programmeId(), sequence, at, doc -> doc.paid = event.programmePaid());
    }

    /** Applies one event to its programme, once: an event at or below the stored version was applied before. */
    private void programme(FundingProgrammeId programmeId, long sequence, Instant at,
                           Consumer<FundingProgrammeDocument> change) {
        FundingProgrammeDocument doc = mongo.findById(programmeId.toString(), FundingProgrammeDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        doc.lastChangedAt = at;
        mongo.save(doc);
    }

    private void grant(GrantId grantId, long sequence, Instant at, Consumer<GrantDocument> change) {
        GrantDocument doc = mongo.findById(grantId.toString(), GrantDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        doc.lastChangedAt = at;
        mongo.save(doc);
    }

    // ---- queries ---------------------------------------------------------------------------------------------------

    @QueryHandler
    FundingProgrammePage handle(FindFundingProgrammesQuery q) {
        FundingProgrammeFilter filter = q.filter() == null ? FundingProgrammeFilter.none() : q.filter();
        Criteria criteria = programmeCriteria(filter);
        Query everyMatch = new Query(criteria);
        everyMatch.fields().include("budget", "committed", "paid", "status");
        List<FundingProgrammeDocument> matching = mongo.find(everyMatch, FundingProgrammeDocument.class);
        FundingTotals totals = new FundingTotals(
                sum(matching.stream().map(d -> d.budget).toList()),
                sum(matching.stream().map(d -> d.committed).toList()),
                sum(matching.stream().map(d -> d.paid).toList()),
                sum(matching.stream().map(FundingProgrammeDocument::remaining).toList()));
        int offset = Math.max(0, q.offset());
        if (matching.size() <= offset) {
            return new FundingProgrammePage(List.of(), matching.size(), totals);
        }
        Query page = new Query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("name", "_id")))
                .skip(offset).limit(Math.max(1, Math.min(q.limit(), MAX_PAGE)));
        return new FundingProgrammePage(mongo.find(page, FundingProgrammeDocument.class).stream()
                .map(FundingProgrammeDocument::toSummary).toList(), matching.size(), totals);
    }

    @QueryHandler
    Optional<FundingProgrammeView> handle(FindFundingProgrammeQuery q) {
        long atLeast = q.atLeastVersion() == FindFundingProgrammeQuery.LATEST
                ? eventStore.lastSequenceNumberFor(q.programmeId().toString()).orElse(-1L) : q.atLeastVersion();
        return ReadModelWait.until(() -> Optional.ofNullable(mongo.findById(q.programmeId().toString(),
                                FundingProgrammeDocument.class)), doc -> doc.version >= atLeast,
                        atLeast < 0 ? Duration.ZERO : Duration.ofSeconds(3))
                .map(doc -> doc.toView(sum(mongo.find(query(where("programmeId").is(doc.id)), GrantDocument.class)
                        .stream().map(GrantDocument::payable).toList())));
    }

    @QueryHandler
    GrantPage handle(FindGrantsQuery q) {
        Optional<Criteria> scope = scope(q.viewer());
        if (scope.isEmpty()) {
            return new GrantPage(List.of(), 0, ZERO, ZERO);
        }
        GrantFilter filter = q.filter() == null ? GrantFilter.none() : q.filter();
        Criteria criteria = grantCriteria(filter, scope.get());
        Query everyMatch = new Query(criteria);
        everyMatch.fields().include("amount", "paid", "state");
        List<GrantDocument> matching = mongo.find(everyMatch, GrantDocument.class);
        // A withdrawn grant stays granted at what was paid: the rest went back to the budget.
        BigDecimal granted = sum(matching.stream().map(g -> g.state == GrantState.WITHDRAWN ? g.paid : g.amount)
                .toList());
        BigDecimal paid = sum(matching.stream().map(g -> g.paid).toList());
        int offset = Math.max(0, q.offset());
        if (matching.size() <= offset) {
            return new GrantPage(List.of(), matching.size(), granted, paid);
        }
        Query page = new Query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "lastChangedAt").and(Sort.by("_id")))
                .skip(offset).limit(Math.max(1, Math.min(q.limit(), MAX_PAGE)));
        page.fields().exclude("search");
        List<GrantDocument> rows = mongo.find(page, GrantDocument.class);
        Map<String, String> names = clusterNames(rows.stream().map(g -> g.clusterId).distinct().toList());
        return new GrantPage(rows.stream().map(g -> g.toView(names.get(g.clusterId))).toList(), matching.size(),
                granted, paid);
    }

    @QueryHandler
    Optional<GrantView> handle(FindGrantQuery q) {
        GrantDocument grant = mongo.findById(q.grantId().toString(), GrantDocument.class);
        if (grant == null || !mayRead(q.viewer(), grant)) {
            return Optional.empty();
        }
        return Optional.of(grant.toView(clusterNames(java.util.Collections.singletonList(grant.clusterId))
                .get(grant.clusterId)));
    }

    /** Who reads which grants: the same rule for screens and the API. Empty: nothing. */
    static Optional<Criteria> scope(Actor viewer) {
        if (viewer == null) {
            return Optional.empty();
        }
        return switch (viewer.role()) {
            case SUPERVISOR, SYSTEM -> Optional.of(where("_id").exists(true));
            case PROMOTION_STAFF -> viewer.clusterIds().isEmpty() ? Optional.empty()
                    : Optional.of(where("clusterId").in(viewer.clusterIds()));
            case CITY_COORDINATOR -> viewer.city() == null ? Optional.empty()
                    : Optional.of(where("city").is(viewer.city()));
            case MEMBER -> viewer.organization() == null ? Optional.empty()
                    : Optional.of(where("organization").is(viewer.organization()));
            case EXPERT -> Optional.empty();
        };
    }

    private static boolean mayRead(Actor viewer, GrantDocument grant) {
        if (viewer == null) {
            return false;
        }
        return switch (viewer.role()) {
            case SUPERVISOR, SYSTEM -> true;
            case PROMOTION_STAFF -> grant.clusterId != null && viewer.clusterIds().contains(grant.clusterId);
            case CITY_COORDINATOR -> viewer.city() != null && viewer.city() == grant.city;
            case MEMBER -> viewer.organization() != null && viewer.organization().equals(grant.organization);
            case EXPERT -> false;
        };
    }

    private static Criteria programmeCriteria(FundingProgrammeFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.year() != null) {
            all.add(where("year").is(filter.year()));
        }
        if (filter.kind() != null) {
            all.add(where("kind").is(filter.kind()));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(where("search").regex(Pattern.quote(filter.text().strip().toLowerCase(Locale.ROOT))));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private static Criteria grantCriteria(GrantFilter filter, Criteria scope) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (filter.programmeId() != null) {
            all.add(where("programmeId").is(filter.programmeId().toString()));
        }
        if (filter.year() != null) {
            all.add(where("year").is(filter.year()));
        }
        if (filter.projectId() != null) {
            all.add(where("projectId").is(filter.projectId().toString()));
        }
        if (filter.clusterId() != null) {
            all.add(where("clusterId").is(filter.clusterId().toString()));
        }
        if (filter.city() != null) {
            all.add(where("city").is(filter.city()));
        }
        if (filter.organization() != null && !filter.organization().isBlank()) {
            all.add(where("organization").is(filter.organization().strip()));
        }
        if (filter.state() != null) {
            all.add(where("state").is(filter.state()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(where("search").regex(Pattern.quote(filter.text().strip().toLowerCase(Locale.ROOT))));
        }
        return new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private Map<String, String> clusterNames(List<String> clusterIds) {
        Map<String, String> names = new HashMap<>();
        List<String> known = clusterIds.stream().filter(java.util.Objects::nonNull).toList();
        if (!known.isEmpty()) {
            mongo.find(query(where("_id").in(known)), SubsidyClusterDocument.class)
                    .forEach(doc -> names.put(doc.id(), doc.nameZh()));
        }
        return names;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(ZERO, BigDecimal::add);
    }
}
