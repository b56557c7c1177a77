package org.clusterhub.challenge.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.challenge.api.*;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.shared.ReadModelWait;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The challenge catalog: each challenge's public part ({@code challenges}), the list's lean rows
 * ({@code challenge_list}), the bids with their sealed content ({@code challenge_bids}) and the first-of-a-kind
 * results of each cluster ({@code first_of_a_kind}).
 *
 * <p>Replay-safe: every document carries the sequence of the last event applied and ignores an event at or below it.
 * Writes go by id alone (the embedded server uses its _id index only for exactly {_id}); bid rows and list rows are
 * written before the challenge document, so that a crash in between is completed by the redelivered event.
 *
 * <p>Sealed: bid contents are stored, because evaluators read them after the deadline, but they leave only through
 * {@link #handle(FindChallengeQuery)}, which asks {@link BidVisibility} for each bid and the viewer.
 */
@Component
@ProcessingGroup("challenge-catalog")
class ChallengeProjection {

    private static final int MAX_PAGE = 200;

    private final MongoTemplate mongo;

    ChallengeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClusterRegisteredEvent event) {
        try {
            mongo.insert(new ChallengeClusterNameDocument(event.clusterId().toString(), event.nameZh(),
                    event.nameEn()));
        } catch (DuplicateKeyException alreadyKnown) {
            // Redelivered: clusters are never renamed.
        }
    }

    // ---- posting ------------------------------------------------------------------------------------------------

    @EventHandler
    void on(ChallengePostedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.challengeId().toString(), ChallengeDocument.class) != null) {
            return;
        }
        ChallengeDocument doc = new ChallengeDocument();
        doc.id = event.challengeId().toString();
        doc.version = sequence;
        doc.clusterId = event.clusterId().toString();
        doc.postingOrganization = event.postingOrganization();
        doc.title = event.title();
        doc.need = event.need();
        doc.area = event.area();
        doc.keywords = new ArrayList<>(event.keywords());
        doc.indicators = new ArrayList<>(event.indicators());
        doc.budget = event.budget();
        doc.reward = event.reward();
        doc.eligibility = event.eligibility();
        doc.bidsCloseAt = event.bidsCloseAt();
        doc.criteria = new ArrayList<>(event.criteria());
        doc.evaluators = new ArrayList<>(event.evaluators());
        doc.status = ChallengeStatus.OPEN;
        doc.round = 1;
        doc.postedAt = at;
        doc.lastChangedAt = at;
        writeListRow(doc.toListRow());
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException alreadyProjected) {
            // A concurrent redelivery inserted the same document.
        }
    }

    @EventHandler
    void on(BidDeadlineExtendedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.bidsCloseAt = event.bidsCloseAt();
            doc.status = ChallengeStatus.OPEN;
            doc.biddingClosed = false;
        });
    }

    @EventHandler
    void on(ChallengeRepostedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        // Idempotent on its own: marking an earlier round's bids void twice leaves them void.
        mongo.updateMulti(query(where("challengeId").is(event.challengeId().toString()).and("round")
                .lt(event.round())), new Update().set("voided", true), ChallengeBidDocument.class);
        change(event.challengeId(), sequence, at, doc -> {
            doc.round = event.round();
            doc.bidsCloseAt = event.bidsCloseAt();
            doc.status = ChallengeStatus.OPEN;
            doc.biddingClosed = false;
            doc.bidCount = 0;
            doc.scoresRecorded = 0;
            doc.scoresExpected = 0;
            doc.ranking = new ArrayList<>();
            doc.evaluationComplete = false;
            doc.chosenBidId = null;
            doc.decision = null;
            doc.offer = null;
        });
    }

    @EventHandler
    void on(ChallengeCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.CANCELLED;
            doc.cancelReason = event.reason();
        });
    }

    // ---- bids ---------------------------------------------------------------------------------------------------

    @EventHandler
    void on(BidSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ChallengeDocument challenge = mongo.findById(event.challengeId().toString(), ChallengeDocument.class);
        if (challenge == null || challenge.version >= sequence) {
            return;
        }
        String id = ChallengeBidDocument.idOf(event.challengeId().toString(), event.bidId());
        if (mongo.findById(id, ChallengeBidDocument.class) == null) {
            ChallengeBidDocument bid = new ChallengeBidDocument();
            bid.id = id;
            bid.version = sequence;
            bid.challengeId = event.challengeId().toString();
            bid.bidId = event.bidId();
            bid.round = challenge.round;
            bid.organization = event.bidderOrganization();
            bid.consortium = event.consortium();
            bid.approach = event.approach();
            bid.team = event.team();
            bid.schedule = event.schedule();
            bid.price = event.price();
            bid.submittedAt = at;
            mongo.save(bid);
        }
        change(event.challengeId(), sequence, at, doc -> doc.bidCount++);
    }

    @EventHandler
    void on(BidRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        changeBid(event.challengeId(), event.bidId(), sequence, bid -> {
            bid.approach = event.approach();
            bid.team = event.team();
            bid.schedule = event.schedule();
            bid.price = event.price();
            bid.revisedAt = at;
            bid.revisions++;
        });
        change(event.challengeId(), sequence, at, doc -> {
        });
    }

    @EventHandler
    void on(BidWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        changeBid(event.challengeId(), event.bidId(), sequence, bid -> bid.withdrawn = true);
        change(event.challengeId(), sequence, at, doc -> doc.bidCount = Math.max(0, doc.bidCount - 1));
    }

    @EventHandler
    void on(BiddingClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.EVALUATION;
            doc.biddingClosed = true;
            doc.bidCount = event.bidCount();
            doc.scoresExpected = expectedScores(doc);
        });
    }

    @EventHandler
    void on(BiddingClosedWithoutBidsEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.NO_BIDS;
            doc.biddingClosed = true;
            doc.bidCount = 0;
        });
    }

    // ---- evaluation and decision --------------------------------------------------------------------------------

    @EventHandler
    void on(BidScoredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        changeBid(event.challengeId(), event.bidId(), sequence, bid -> {
            bid.scores.removeIf(s -> s.evaluator().equals(event.evaluator()));
            bid.scores.add(new ChallengeBidDocument.EvaluatorScores(event.evaluator(), event.scores(),
                    event.weightedTotal(), event.comment()));
        });
        change(event.challengeId(), sequence, at, doc -> {
            doc.scoresRecorded = event.scoresRecorded();
            doc.scoresExpected = event.scoresExpected();
        });
    }

    @EventHandler
    void on(EvaluationCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.ranking = new ArrayList<>(event.ranking());
            doc.evaluationComplete = true;
        });
    }

    @EventHandler
    void on(WinnerChosenEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.CHOSEN;
            doc.chosenBidId = event.bidId();
        });
    }

    @EventHandler
    void on(ChallengeDecisionPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.DELIVERY;
            doc.ranking = new ArrayList<>(event.ranking());
            doc.decision = new DecisionView(event.winnerBidId(), event.winnerOrganization(), event.consortiumName(),
                    event.score(), event.rank(), event.reason(), at);
        });
    }

    @EventHandler
    void on(AwardWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
        });
    }

    @EventHandler
    void on(AwardOfferedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.OFFERED;
            doc.offer = new OfferView(event.bidId(), event.organization(), event.rank(), event.score(), at);
        });
    }

    @EventHandler
    void on(AwardOfferAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            RankedBid accepted = doc.ranking.stream().filter(r -> r.bidId().equals(event.bidId())).findFirst()
                    .orElse(null);
            doc.status = ChallengeStatus.DELIVERY;
            doc.offer = null;
            doc.chosenBidId = event.bidId();
            doc.decision = new DecisionView(event.bidId(), event.organization(),
                    accepted == null ? null : accepted.consortiumName(), accepted == null ? null : accepted.score(),
                    accepted == null ? 0 : accepted.rank(), event.note(), at);
        });
    }

    @EventHandler
    void on(AwardOfferDeclinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> doc.offer = null);
    }

    @EventHandler
    void on(AwardLapsedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.status = ChallengeStatus.UNAWARDED;
            doc.offer = null;
        });
    }

    // ---- delivery -----------------------------------------------------------------------------------------------

    @EventHandler
    void on(DeliveryMilestoneAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> doc.milestones.add(new DeliveryMilestoneView(
                event.milestoneId(), event.title(), event.dueDate(), 0, null, false, null)));
    }

    @EventHandler
    void on(DeliveryProgressReportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            DeliveryMilestoneView m = doc.milestone(event.milestoneId());
            if (m != null) {
                doc.milestone(new DeliveryMilestoneView(m.milestoneId(), m.title(), m.dueDate(),
                        event.percentComplete(), event.note(), false, null));
            }
        });
    }

    @EventHandler
    void on(DeliveryMilestoneAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            DeliveryMilestoneView m = doc.milestone(event.milestoneId());
            if (m != null) {
                doc.milestone(new DeliveryMilestoneView(m.milestoneId(), m.title(), m.dueDate(), m.percentComplete(),
                        m.lastNote(), true, event.opinion()));
            }
        });
    }

    @EventHandler
    void on(DeliveryAcceptanceRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.challengeId(), sequence, at, doc -> {
            doc.acceptance = new AcceptanceView(event.results(), event.passed(), event.opinion(), at);
            if (event.passed()) {
                doc.status = ChallengeStatus.COMPLETED;
            }
        });
    }

    @EventHandler
    void on(FirstOfAKindRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ChallengeDocument challenge = mongo.findById(event.challengeId().toString(), ChallengeDocument.class);
        if (challenge == null) {
            return;
        }
        FirstOfAKindDocument result = new FirstOfAKindDocument();
        result.id = event.challengeId() + "/" + event.resultId();
        result.clusterId = event.clusterId().toString();
        result.challengeId = event.challengeId().toString();
        result.challengeTitle = challenge.title;
        result.resultId = event.resultId();
        result.kind = event.kind();
        result.productName = event.productName();
        result.organization = event.organization();
        result.description = event.description();
        result.registeredAt = at;
        // Saving by id twice writes the same document: idempotent.
        mongo.save(result);
        change(event.challengeId(), sequence, at, doc -> doc.firstOfAKind.add(result.toView()));
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    private void change(ChallengeId challengeId, long sequence, Instant at, Consumer<ChallengeDocument> change) {
        ChallengeDocument doc = mongo.findById(challengeId.toString(), ChallengeDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        doc.lastChangedAt = at;
        writeListRow(doc.toListRow());
        // By id alone: one challenge's events arrive in order on one segment; the version was checked above.
        mongo.save(doc);
    }

    private void changeBid(ChallengeId challengeId, String bidId, long sequence,
                           Consumer<ChallengeBidDocument> change) {
        ChallengeBidDocument bid = mongo.findById(ChallengeBidDocument.idOf(challengeId.toString(), bidId),
                ChallengeBidDocument.class);
        if (bid == null || bid.version >= sequence) {
            return;
        }
        change.accept(bid);
        bid.version = sequence;
        mongo.save(bid);
    }

    private void writeListRow(ChallengeListDocument row) {
        ChallengeListDocument stored = mongo.findById(row.id, ChallengeListDocument.class);
        if (stored == null || stored.version < row.version) {
            mongo.save(row);
        }
    }

    /** Standing bids of the round times the evaluators not excluded from each, as the aggregate counts. */
    private int expectedScores(ChallengeDocument doc) {
        int expected = 0;
        for (ChallengeBidDocument bid : bidsOf(doc)) {
            if (!bid.withdrawn) {
                expected += (int) doc.evaluators.stream().filter(e -> !BidVisibility.excluded(e, bid)).count();
            }
        }
        return expected;
    }

    private List<ChallengeBidDocument> bidsOf(ChallengeDocument doc) {
        return mongo.find(query(where("challengeId").is(doc.id)), ChallengeBidDocument.class).stream()
                .filter(bid -> !bid.voided && bid.round == doc.round).toList();
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @QueryHandler
    Optional<ChallengeView> handle(FindChallengeQuery q) {
        return ReadModelWait.until(() -> Optional.ofNullable(mongo.findById(q.challengeId().toString(),
                                ChallengeDocument.class)), doc -> doc.version >= q.atLeastVersion(),
                        q.atLeastVersion() < 0 ? Duration.ZERO : Duration.ofSeconds(3))
                .map(doc -> view(doc, q));
    }

    private ChallengeView view(ChallengeDocument doc, FindChallengeQuery q) {
        ViewerRole role = BidVisibility.roleOf(q.viewer(), doc);
        List<BidView> bids = mongo.find(query(where("challengeId").is(doc.id)), ChallengeBidDocument.class).stream()
                .filter(bid -> !bid.voided && bid.round == doc.round)
                .filter(bid -> BidVisibility.mayRead(q.viewer(), role, doc, bid))
                .sorted((a, b) -> a.submittedAt.compareTo(b.submittedAt))
                .map(bid -> BidVisibility.view(q.viewer(), doc, bid)).toList();
        boolean rankingVisible = BidVisibility.mayReadRanking(role, doc);
        ChallengeClusterNameDocument names = mongo.findById(doc.clusterId, ChallengeClusterNameDocument.class);
        return new ChallengeView(ChallengeId.of(doc.id), doc.version, ClusterId.of(doc.clusterId),
                names == null ? null : names.nameZh(), names == null ? null : names.nameEn(), doc.postingOrganization,
                doc.title, doc.need, doc.area, List.copyOf(doc.keywords), List.copyOf(doc.indicators), doc.budget,
                doc.reward, doc.eligibility, doc.bidsCloseAt, List.copyOf(doc.criteria),
                BidVisibility.mayReadEvaluators(role) ? List.copyOf(doc.evaluators) : List.of(),
                doc.status, doc.round, doc.bidCount, doc.scoresRecorded, doc.scoresExpected, doc.postedAt,
                doc.lastChangedAt, bids, rankingVisible ? List.copyOf(doc.ranking) : List.of(),
                rankingVisible ? doc.chosenBidId : null, doc.decision, doc.offer, List.copyOf(doc.milestones),
                doc.acceptance, List.copyOf(doc.firstOfAKind), doc.cancelReason, role);
    }

    @QueryHandler
    ChallengePage handle(FindChallengesQuery q) {
        ChallengeFilter filter = q.filter() == null ? ChallengeFilter.none() : q.filter();
        Criteria criteria = new Criteria();
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
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(where("searchText").regex(Pattern.quote(filter.text().strip().toLowerCase())));
        }
        if (!all.isEmpty()) {
            criteria.andOperator(all.toArray(Criteria[]::new));
        }
        Query count = new Query(criteria);
        long total = mongo.count(count, ChallengeListDocument.class);
        int limit = Math.max(1, Math.min(q.limit(), MAX_PAGE));
        Query page = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "lastChangedAt"))
                .skip(Math.max(0, q.offset())).limit(limit);
        List<ChallengeListDocument> rows = mongo.find(page, ChallengeListDocument.class);
        Map<String, ChallengeClusterNameDocument> names = mongo.find(query(where("_id").in(rows.stream()
                        .map(r -> r.clusterId).distinct().toList())), ChallengeClusterNameDocument.class).stream()
                .collect(Collectors.toMap(ChallengeClusterNameDocument::id, n -> n));
        List<ChallengeSummary> items = rows.stream().map(r -> {
            ChallengeClusterNameDocument name = names.get(r.clusterId);
            return new ChallengeSummary(ChallengeId.of(r.id), ClusterId.of(r.clusterId),
                    name == null ? null : name.nameZh(), name == null ? null : name.nameEn(), r.title, r.area,
                    r.postingOrganization, r.budget, r.bidsCloseAt, r.status, r.bidCount, r.lastChangedAt);
        }).toList();
        return new ChallengePage(items, total);
    }

    @QueryHandler
    FirstOfAKindResults handle(FindFirstOfAKindResultsQuery q) {
        return new FirstOfAKindResults(mongo.find(query(where("clusterId").is(q.clusterId().toString()))
                        .with(Sort.by(Sort.Direction.DESC, "registeredAt")).limit(MAX_PAGE), FirstOfAKindDocument.class)
                .stream().map(FirstOfAKindDocument::toView).toList());
    }
}
