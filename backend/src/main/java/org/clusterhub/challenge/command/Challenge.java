package org.clusterhub.challenge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.challenge.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;

/**
 * A 揭榜挂帅 key-technology challenge, from posting (发榜) through sealed bidding (揭榜), evaluation with
 * conflict-of-interest exclusion, the choice of a winner (挂帅) and its publication, to delivery against milestones,
 * acceptance against the technical indicators and first-of-a-kind results. Holds only what its decisions need: who
 * posted it (scope), the deadline and round, the criteria and evaluators, the bids' owners and weighted totals, the
 * ranking, the winner and offers, and the delivery milestones.
 *
 * <p>Scope is the challenge's own state (ADR 005): the interceptor checks the role, this class checks that the
 * sender is the poster (promotion staff of its cluster, or a member of the posting organization), the bidder, or a
 * named evaluator.
 *
 * @see <a href="../../../../../../../../docs/decisions/012-challenges-and-sealed-bids.md">ADR 012</a>
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Challenge {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int MINIMUM_EVALUATORS = 3;

    @AggregateIdentifier
    private ChallengeId challengeId;
    private String clusterId;
    private String postingOrganization;
    private ChallengeStatus status;
    private Instant bidsCloseAt;
    private int round;
    private List<String> indicatorKeys = List.of();
    private List<EvaluationCriterion> criteria = List.of();
    private final Map<String, String> evaluatorOrganizations = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Bid> bids = new LinkedHashMap<>();
    private List<RankedBid> ranking = List.of();
    private String winnerBidId;
    /** Why the poster chose a bid other than the top-ranked one; published with the decision. */
    private String chosenReason;
    private String offeredBidId;
    private final Set<String> steppedBack = new HashSet<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, DeliveryMilestone> milestones = new LinkedHashMap<>();
    private final Set<String> firstOfAKindResults = new HashSet<>();

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Challenge() {
    }

    // ---- posting ------------------------------------------------------------------------------------------------

    @CommandHandler
    Challenge(PostChallengeCommand command, Actor actor, DeadlineManager deadlines) {
        if (actor.role() != Role.SYSTEM && !command.postingOrganization().strip().equals(actor.organization())) {
            // A member may post only for its own organization; staff post for their promotion organization.
            throw new AccessRefused(command.getClass().getSimpleName(), actor.username());
        }
        requireFuture(command.bidsCloseAt(), "bidsCloseAt");
        requireCriteria(command.criteria());
        Set<String> indicatorKeys = new HashSet<>();
        for (TechnicalIndicator indicator : command.indicators()) {
            if (!indicatorKeys.add(indicator.key().strip())) {
                throw new DomainRuleViolation("challenge.error.duplicateIndicator", "indicators", indicator.key());
            }
        }
        Set<String> usernames = new HashSet<>();
        for (Evaluator evaluator : command.evaluators()) {
            if (!usernames.add(evaluator.username())) {
                throw new DomainRuleViolation("challenge.error.duplicateEvaluator", "evaluators",
                        evaluator.username());
            }
        }
        if (usernames.size() < MINIMUM_EVALUATORS) {
            throw new DomainRuleViolation("challenge.error.tooFewEvaluators", "evaluators", MINIMUM_EVALUATORS);
        }
        apply(new ChallengePostedEvent(command.challengeId(), command.clusterId(),
                command.postingOrganization().strip(), command.title().strip(), command.need().strip(),
                command.area(), command.keywords().stream().map(String::strip).distinct().toList(),
                List.copyOf(command.indicators()), money(command.budget()), blankToNull(command.reward()),
                command.eligibility().strip(), command.bidsCloseAt(), List.copyOf(command.criteria()),
                List.copyOf(command.evaluators())));
        deadlines.schedule(command.bidsCloseAt(), BidDeadline.NAME, new BidDeadline(command.bidsCloseAt(), 1));
    }

    @CommandHandler
    void handle(ExtendBidDeadlineCommand command, Actor actor, DeadlineManager deadlines) {
        requirePoster(actor, command);
        requireStatus(ChallengeStatus.OPEN, ChallengeStatus.NO_BIDS);
        requireFuture(command.bidsCloseAt(), "bidsCloseAt");
        if (!command.bidsCloseAt().isAfter(bidsCloseAt)) {
            throw new DomainRuleViolation("challenge.error.deadlineNotLater", "bidsCloseAt");
        }
        deadlines.cancelAllWithinScope(BidDeadline.NAME);
        apply(new BidDeadlineExtendedEvent(challengeId, bidsCloseAt, command.bidsCloseAt()));
        deadlines.schedule(command.bidsCloseAt(), BidDeadline.NAME, new BidDeadline(command.bidsCloseAt(), round));
    }

    @CommandHandler
    void handle(RepostChallengeCommand command, Actor actor, DeadlineManager deadlines) {
        requirePoster(actor, command);
        requireStatus(ChallengeStatus.NO_BIDS, ChallengeStatus.UNAWARDED);
        requireFuture(command.bidsCloseAt(), "bidsCloseAt");
        deadlines.cancelAllWithinScope(BidDeadline.NAME);
        apply(new ChallengeRepostedEvent(challengeId, round + 1, command.bidsCloseAt()));
        deadlines.schedule(command.bidsCloseAt(), BidDeadline.NAME,
                new BidDeadline(command.bidsCloseAt(), round));
    }

    @CommandHandler
    void handle(CancelChallengeCommand command, Actor actor, DeadlineManager deadlines) {
        if (!actor.isSupervisor()) {
            requirePoster(actor, command);
        }
        if (status.isFinal()) {
            throw new DomainRuleViolation("challenge.error.wrongState", null, status);
        }
        deadlines.cancelAllWithinScope(BidDeadline.NAME);
        apply(new ChallengeCancelledEvent(challengeId, status, command.reason().strip()));
    }

    // ---- bidding (sealed) -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(SubmitBidCommand command, Actor actor) {
        requireBiddingOpen();
        String organization = command.bidderOrganization().strip();
        if (actor.role() != Role.SYSTEM && !organization.equals(actor.organization())) {
            throw refused(actor, command);
        }
        if (organization.equals(postingOrganization)) {
            throw new DomainRuleViolation("challenge.error.posterCannotBid", "bidderOrganization");
        }
        if (bids.containsKey(command.bidId())) {
            throw new DomainRuleViolation("challenge.error.duplicateId", "bidId");
        }
        if (bids.values().stream().anyMatch(bid -> bid.active() && bid.organization().equals(organization))) {
            throw new DomainRuleViolation("challenge.error.alreadyBid", "bidderOrganization");
        }
        ConsortiumBidder consortium = command.consortium();
        if (consortium != null) {
            List<String> members = consortium.memberOrganizations().stream().map(String::strip).distinct().toList();
            if (!members.contains(organization)) {
                throw new DomainRuleViolation("challenge.error.bidderNotInConsortium", "consortium");
            }
            consortium = new ConsortiumBidder(consortium.consortiumId(), consortium.name().strip(), members);
        }
        apply(new BidSubmittedEvent(challengeId, command.bidId(), organization, consortium,
                command.approach().strip(), command.team().strip(), command.schedule().strip(),
                money(command.price())));
    }

    @CommandHandler
    void handle(ReviseBidCommand command, Actor actor) {
        requireBiddingOpen();
        Bid bid = requireOwnActiveBid(actor, command.bidId(), command);
        apply(new BidRevisedEvent(challengeId, bid.bidId(), bid.organization(), command.approach().strip(),
                command.team().strip(), command.schedule().strip(), money(command.price())));
    }

    @CommandHandler
    void handle(WithdrawBidCommand command, Actor actor) {
        requireBiddingOpen();
        Bid bid = requireOwnActiveBid(actor, command.bidId(), command);
        apply(new BidWithdrawnEvent(challengeId, bid.bidId(), bid.organization()));
    }

    /**
     * Bidding closes when its deadline fires. A deadline of an earlier round, or one whose date was extended since,
     * finds another closing time and records nothing; a second firing (at-least-once) finds bidding closed.
     */
    @DeadlineHandler(deadlineName = BidDeadline.NAME)
    void bidsDue(BidDeadline due) {
        if (status != ChallengeStatus.OPEN || !due.closesAt().equals(bidsCloseAt)) {
            return;
        }
        long active = activeBids().count();
        if (active == 0) {
            apply(new BiddingClosedWithoutBidsEvent(challengeId, bidsCloseAt));
        } else {
            apply(new BiddingClosedEvent(challengeId, bidsCloseAt, (int) active));
        }
    }

    // ---- evaluation ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ScoreBidCommand command, Actor actor) {
        requireStatus(ChallengeStatus.EVALUATION);
        String evaluatorOrganization = evaluatorOrganizations.get(actor.username());
        if (actor.role() != Role.EXPERT || evaluatorOrganization == null) {
            throw refused(actor, command);
        }
        Bid bid = bids.get(command.bidId());
        if (bid == null || !bid.active()) {
            throw new DomainRuleViolation("challenge.error.unknownBid", "bidId");
        }
        if (bid.involves(evaluatorOrganization)) {
            throw new DomainRuleViolation("challenge.error.conflictOfInterest", "bidId", evaluatorOrganization);
        }
        if (bid.scoredBy(actor.username())) {
            throw new DomainRuleViolation("challenge.error.alreadyScored", "bidId");
        }
        Set<String> keys = criteria.stream().map(EvaluationCriterion::key).collect(Collectors.toSet());
        Set<String> scored = command.scores().stream().map(BidCriterionScore::criterion).collect(Collectors.toSet());
        if (!keys.equals(scored) || scored.size() != command.scores().size()) {
            throw new DomainRuleViolation("challenge.error.scoreEveryCriterion", "scores");
        }
        Map<String, Integer> weights = criteria.stream()
                .collect(Collectors.toMap(EvaluationCriterion::key, EvaluationCriterion::weight));
        BigDecimal total = BigDecimal.ZERO;
        for (BidCriterionScore score : command.scores()) {
            total = total.add(BigDecimal.valueOf((long) score.score() * weights.get(score.criterion())));
        }
        total = total.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        int expected = scoresExpected();
        int recorded = scoresRecorded() + 1;
        apply(new BidScoredEvent(challengeId, bid.bidId(), actor.username(), List.copyOf(command.scores()), total,
                blankToNull(command.comment()), recorded, expected));
        if (recorded == expected) {
            List<RankedBid> ranked = rank();
            apply(new EvaluationCompletedEvent(challengeId, ranked, ranked.size()));
        }
    }

    @CommandHandler
    void handle(ChooseWinnerCommand command, Actor actor) {
        requirePoster(actor, command);
        requireStatus(ChallengeStatus.EVALUATION);
        if (ranking.isEmpty()) {
            throw new DomainRuleViolation("challenge.error.evaluationIncomplete", null);
        }
        RankedBid chosen = ranking.stream().filter(r -> r.bidId().equals(command.bidId())).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("challenge.error.unknownBid", "bidId"));
        String reason = blankToNull(command.reason());
        if (chosen.rank() != 1 && reason == null) {
            throw new DomainRuleViolation("challenge.error.reasonRequired", "reason");
        }
        apply(new WinnerChosenEvent(challengeId, chosen.bidId(), chosen.organization(), chosen.score(),
                chosen.rank(), reason));
    }

    @CommandHandler
    void handle(PublishDecisionCommand command, Actor actor) {
        requirePoster(actor, command);
        requireStatus(ChallengeStatus.CHOSEN);
        RankedBid winner = ranked(winnerBidId);
        apply(new ChallengeDecisionPublishedEvent(challengeId, winner.bidId(), winner.organization(),
                winner.consortiumName(), winner.score(), winner.rank(), chosenReason, ranking));
    }

    @CommandHandler
    void handle(WithdrawFromAwardCommand command, Actor actor) {
        requireStatus(ChallengeStatus.DELIVERY);
        RankedBid winner = ranked(winnerBidId);
        if (actor.role() != Role.SYSTEM && !winner.organization().equals(actor.organization())) {
            throw refused(actor, command);
        }
        if (milestones.values().stream().anyMatch(DeliveryMilestone::accepted)) {
            throw new DomainRuleViolation("challenge.error.deliveryUnderway", null);
        }
        apply(new AwardWithdrawnEvent(challengeId, winner.bidId(), winner.organization(), command.reason().strip()));
        offerToNextRanked();
    }

    @CommandHandler
    void handle(AnswerAwardOfferCommand command, Actor actor) {
        requireStatus(ChallengeStatus.OFFERED);
        RankedBid offered = ranked(offeredBidId);
        if (actor.role() != Role.SYSTEM && !offered.organization().equals(actor.organization())) {
            throw refused(actor, command);
        }
        if (command.accept()) {
            apply(new AwardOfferAcceptedEvent(challengeId, offered.bidId(), offered.organization(),
                    blankToNull(command.note())));
        } else {
            apply(new AwardOfferDeclinedEvent(challengeId, offered.bidId(), offered.organization(),
                    blankToNull(command.note())));
            offerToNextRanked();
        }
    }

    private void offerToNextRanked() {
        ranking.stream().filter(r -> !steppedBack.contains(r.bidId()) && !r.bidId().equals(winnerBidId))
                .filter(r -> r.score() != null).findFirst()
                .ifPresentOrElse(next -> apply(new AwardOfferedEvent(challengeId, next.bidId(), next.organization(),
                                next.rank(), next.score())),
                        () -> apply(new AwardLapsedEvent(challengeId, steppedBack.size())));
    }

    // ---- delivery -----------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddDeliveryMilestoneCommand command, Actor actor) {
        requireStatus(ChallengeStatus.DELIVERY);
        requirePosterOrWinner(actor, command);
        if (milestones.containsKey(command.milestoneId())) {
            throw new DomainRuleViolation("challenge.error.duplicateId", "milestoneId");
        }
        if (command.dueDate().isBefore(today())) {
            throw new DomainRuleViolation("challenge.error.dateInPast", "dueDate");
        }
        apply(new DeliveryMilestoneAddedEvent(challengeId, command.milestoneId(), command.title().strip(),
                command.dueDate()));
    }

    @CommandHandler
    void handle(ReportDeliveryProgressCommand command, Actor actor) {
        requireStatus(ChallengeStatus.DELIVERY);
        if (actor.role() != Role.SYSTEM && !ranked(winnerBidId).organization().equals(actor.organization())) {
            throw refused(actor, command);
        }
        DeliveryMilestone milestone = requireMilestone(command.milestoneId());
        if (milestone.accepted()) {
            throw new DomainRuleViolation("challenge.error.milestoneAccepted", "milestoneId");
        }
        apply(new DeliveryProgressReportedEvent(challengeId, command.milestoneId(), command.percentComplete(),
                command.note().strip()));
    }

    @CommandHandler
    void handle(AcceptDeliveryMilestoneCommand command, Actor actor) {
        requireStatus(ChallengeStatus.DELIVERY);
        requirePoster(actor, command);
        DeliveryMilestone milestone = requireMilestone(command.milestoneId());
        if (milestone.accepted()) {
            throw new DomainRuleViolation("challenge.error.milestoneAccepted", "milestoneId");
        }
        if (milestone.percentComplete() < 100) {
            throw new DomainRuleViolation("challenge.error.milestoneIncomplete", "milestoneId");
        }
        apply(new DeliveryMilestoneAcceptedEvent(challengeId, command.milestoneId(), command.opinion().strip()));
    }

    @CommandHandler
    void handle(RecordDeliveryAcceptanceCommand command, Actor actor) {
        requireStatus(ChallengeStatus.DELIVERY);
        requirePoster(actor, command);
        if (milestones.isEmpty() || !milestones.values().stream().allMatch(DeliveryMilestone::accepted)) {
            throw new DomainRuleViolation("challenge.error.milestonesOpen", null);
        }
        List<String> measured = command.results().stream().map(IndicatorResult::indicatorKey).toList();
        if (measured.size() != indicatorKeys.size() || !Set.copyOf(measured).equals(Set.copyOf(indicatorKeys))) {
            throw new DomainRuleViolation("challenge.error.measureEveryIndicator", "results");
        }
        boolean passed = command.results().stream().allMatch(IndicatorResult::met);
        apply(new DeliveryAcceptanceRecordedEvent(challengeId, List.copyOf(command.results()), passed,
                command.opinion().strip()));
    }

    @CommandHandler
    void handle(RegisterFirstOfAKindCommand command, Actor actor) {
        requireStatus(ChallengeStatus.COMPLETED);
        requirePosterOrWinner(actor, command);
        if (firstOfAKindResults.contains(command.resultId())) {
            throw new DomainRuleViolation("challenge.error.duplicateId", "resultId");
        }
        apply(new FirstOfAKindRegisteredEvent(challengeId, org.clusterhub.cluster.api.ClusterId.of(clusterId),
                command.resultId(), command.kind(), command.productName().strip(), ranked(winnerBidId).organization(),
                blankToNull(command.description())));
    }

    // ---- state --------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ChallengePostedEvent event) {
        challengeId = event.challengeId();
        clusterId = event.clusterId().toString();
        postingOrganization = event.postingOrganization();
        status = ChallengeStatus.OPEN;
        bidsCloseAt = event.bidsCloseAt();
        round = 1;
        indicatorKeys = event.indicators().stream().map(TechnicalIndicator::key).toList();
        criteria = event.criteria();
        event.evaluators().forEach(e -> evaluatorOrganizations.put(e.username(), e.organization().strip()));
    }

    @EventSourcingHandler
    void on(BidDeadlineExtendedEvent event) {
        bidsCloseAt = event.bidsCloseAt();
        status = ChallengeStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ChallengeRepostedEvent event) {
        round = event.round();
        bidsCloseAt = event.bidsCloseAt();
        status = ChallengeStatus.OPEN;
        bids.clear();
        ranking = List.of();
        winnerBidId = null;
        offeredBidId = null;
        chosenReason = null;
        steppedBack.clear();
    }

    @EventSourcingHandler
    void on(ChallengeCancelledEvent event) {
        status = ChallengeStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(BidSubmittedEvent event) {
        Set<String> members = event.consortium() == null ? Set.of()
                : new LinkedHashSet<>(event.consortium().memberOrganizations());
        bids.put(event.bidId(), new Bid(event.bidId(), event.bidderOrganization(),
                event.consortium() == null ? null : event.consortium().name(), members));
    }

    @EventSourcingHandler
    void on(BiddingClosedEvent event) {
        status = ChallengeStatus.EVALUATION;
    }

    @EventSourcingHandler
    void on(BiddingClosedWithoutBidsEvent event) {
        status = ChallengeStatus.NO_BIDS;
    }

    @EventSourcingHandler
    void on(EvaluationCompletedEvent event) {
        ranking = event.ranking();
    }

    @EventSourcingHandler
    void on(WinnerChosenEvent event) {
        winnerBidId = event.bidId();
        chosenReason = event.reason();
        status = ChallengeStatus.CHOSEN;
    }

    @EventSourcingHandler
    void on(ChallengeDecisionPublishedEvent event) {
        status = ChallengeStatus.DELIVERY;
    }

    @EventSourcingHandler
    void on(AwardWithdrawnEvent event) {
        steppedBack.add(event.bidId());
        winnerBidId = null;
    }

    @EventSourcingHandler
    void on(AwardOfferedEvent event) {
        offeredBidId = event.bidId();
        status = ChallengeStatus.OFFERED;
    }

    @EventSourcingHandler
    void on(AwardOfferAcceptedEvent event) {
        winnerBidId = event.bidId();
        offeredBidId = null;
        status = ChallengeStatus.DELIVERY;
    }

    @EventSourcingHandler
    void on(AwardOfferDeclinedEvent event) {
        steppedBack.add(event.bidId());
        offeredBidId = null;
    }

    @EventSourcingHandler
    void on(AwardLapsedEvent event) {
        status = ChallengeStatus.UNAWARDED;
    }

    @EventSourcingHandler
    void on(DeliveryMilestoneAddedEvent event) {
        milestones.put(event.milestoneId(), new DeliveryMilestone(event.milestoneId()));
    }

    @EventSourcingHandler
    void on(DeliveryAcceptanceRecordedEvent event) {
        if (event.passed()) {
            status = ChallengeStatus.COMPLETED;
        }
    }

    @EventSourcingHandler
    void on(FirstOfAKindRegisteredEvent event) {
        firstOfAKindResults.add(event.resultId());
    }

    // ---- rules --------------------------------------------------------------------------------------------------

    /**
     * Ranks the standing bids by the average of their evaluators' weighted totals, highest first; a bid nobody
     * could score (every evaluator excluded) comes last without a score; ties keep the order of submission.
     */
    private List<RankedBid> rank() {
        record Scored(Bid bid, BigDecimal score, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (Bid bid : activeBids().toList()) {
            BigDecimal score = bid.totals().isEmpty() ? null
                    : bid.totals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(bid.totals().size()), 2, RoundingMode.HALF_UP);
            scored.add(new Scored(bid, score, order++));
        }
        scored.sort(Comparator.comparing(Scored::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingInt(Scored::order));
        List<RankedBid> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new RankedBid(s.bid().bidId(), s.bid().organization(), s.bid().consortiumName(), s.score(),
                    i + 1, s.bid().totals().size()));
        }
        return List.copyOf(ranked);
    }

    /** Scores still to come: every standing bid times every evaluator not excluded from it. */
    private int scoresExpected() {
        return (int) activeBids().mapToLong(bid -> evaluatorOrganizations.values().stream()
                .filter(organization -> !bid.involves(organization)).count()).sum();
    }

    private int scoresRecorded() {
        return activeBids().mapToInt(bid -> bid.totals().size()).sum();
    }

    private java.util.stream.Stream<Bid> activeBids() {
        return bids.values().stream().filter(Bid::active);
    }

    private void requireBiddingOpen() {
        if (status != ChallengeStatus.OPEN || !now().isBefore(bidsCloseAt)) {
            throw new DomainRuleViolation("challenge.error.biddingClosed", null);
        }
    }

    private Bid requireOwnActiveBid(Actor actor, String bidId, Object command) {
        Bid bid = bids.get(bidId);
        if (bid == null || !bid.active()) {
            throw new DomainRuleViolation("challenge.error.unknownBid", "bidId");
        }
        if (actor.role() != Role.SYSTEM && !bid.organization().equals(actor.organization())) {
            throw refused(actor, command);
        }
        return bid;
    }

    private RankedBid ranked(String bidId) {
        return ranking.stream().filter(r -> r.bidId().equals(bidId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("challenge.error.unknownBid", "bidId"));
    }

    private DeliveryMilestone requireMilestone(String milestoneId) {
        DeliveryMilestone milestone = milestones.get(milestoneId);
        if (milestone == null) {
            throw new DomainRuleViolation("challenge.error.unknownMilestone", "milestoneId");
        }
        return milestone;
    }

    /** Staff of the challenge's cluster, or a member of the organization that posted it. */
    private boolean isPoster(Actor actor) {
        return switch (actor.role()) {
            case SYSTEM -> true;
            case PROMOTION_STAFF -> actor.isStaffOf(clusterId);
            case MEMBER -> postingOrganization.equals(actor.organization());
            default -> false;
        };
    }

    private void requirePoster(Actor actor, Object command) {
        if (!isPoster(actor)) {
            throw refused(actor, command);
        }
    }

    private void requirePosterOrWinner(Actor actor, Object command) {
        boolean winner = winnerBidId != null && actor.role() == Role.MEMBER
                && ranked(winnerBidId).organization().equals(actor.organization());
        if (!winner && !isPoster(actor)) {
            throw refused(actor, command);
        }
    }

    private void requireStatus(ChallengeStatus... allowed) {
        for (ChallengeStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainRuleViolation("challenge.error.wrongState", null, status);
    }

    private static void requireCriteria(List<EvaluationCriterion> criteria) {
        if (criteria.stream().mapToInt(EvaluationCriterion::weight).sum() != 100) {
            throw new DomainRuleViolation("challenge.error.weightsNot100", "criteria");
        }
        if (criteria.stream().map(EvaluationCriterion::key).distinct().count() != criteria.size()) {
            throw new DomainRuleViolation("challenge.error.duplicateCriterion", "criteria");
        }
    }

    private static void requireFuture(Instant moment, String field) {
        if (!moment.isAfter(now())) {
            throw new DomainRuleViolation("challenge.error.deadlineInPast", field);
        }
    }

    private static AccessRefused refused(Actor actor, Object command) {
        return new AccessRefused(command.getClass().getSimpleName(), actor.username());
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), SHANGHAI);
    }
}
