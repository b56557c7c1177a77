package org.clusterhub.challenge.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.challenge.api.*;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 揭榜挂帅 challenges over HTTP. Thin: requests become commands and queries; role, scope and every rule are decided by
 * the command pipeline and the {@code Challenge} aggregate and answered as RFC 9457 problems (400, 403, 404, 409).
 * A challenge is read through the one query that decides, per caller, which bids, scores and ranking they may see:
 * another bidder's bid never appears here, and evaluators see bids only after the deadline.
 *
 * @see <a href="../../../../../../../../docs/decisions/012-challenges-and-sealed-bids.md">ADR 012</a>
 */
@RestController
@Tag(name = "Challenges", description = "揭榜挂帅 key-technology challenges: posting, sealed bids, evaluation, delivery")
class ChallengeController {

    private static final long TIMEOUT_SECONDS = 10;
    private static final String BASE = "/api/challenges";
    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String CHALLENGE = "Challenge";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final CurrentActor currentActor;

    ChallengeController(CommandGateway commands, QueryGateway queries, EventStore eventStore,
                        CurrentActor currentActor) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.currentActor = currentActor;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @GetMapping(BASE)
    @Operation(summary = "Challenges, newest change first, filtered and paged (every signed-in person: 发榜 is public)")
    ChallengePage list(@RequestParam(required = false) UUID clusterId,
                       @RequestParam(required = false) TechnologyArea area,
                       @RequestParam(required = false) ChallengeStatus status,
                       @Parameter(description = "in the title, the poster or the keywords, ignoring case")
                       @RequestParam(required = false) String text,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        currentActor.require();
        ChallengeFilter filter = new ChallengeFilter(clusterId == null ? null : new ClusterId(clusterId), area,
                status, text);
        return queries.query(new FindChallengesQuery(filter, page * size, size),
                ResponseTypes.instanceOf(ChallengePage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping(BASE + "/{id}")
    @Operation(summary = "One challenge as the caller may see it: only bids, scores and ranking they may read")
    ChallengeView get(@PathVariable UUID id) throws Exception {
        return find(new ChallengeId(id), -1);
    }

    @GetMapping(BASE + "/{id}/history")
    @Operation(summary = "Every event of one challenge, oldest first, with who acted; bid contents, scores and "
            + "evaluators masked")
    AggregateHistory history(@PathVariable UUID id) throws Exception {
        ChallengeId challengeId = find(new ChallengeId(id), -1).challengeId();
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(challengeId.toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (!CHALLENGE.equals(history.aggregateType())) {
            throw new AggregateNotFoundException(challengeId.toString(), "challenge has no history");
        }
        return history;
    }

    @GetMapping("/api/clusters/{clusterId}/first-of-a-kind")
    @Operation(summary = "A cluster's first-of-a-kind results (首台套装备, 首批次新材料, 首版次软件) from its challenges")
    FirstOfAKindResults firstOfAKind(@PathVariable UUID clusterId) throws Exception {
        currentActor.require();
        return queries.query(new FindFirstOfAKindResultsQuery(new ClusterId(clusterId)),
                ResponseTypes.instanceOf(FirstOfAKindResults.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    // ---- posting ---------------------------------------------------------------------------------------------------

    @PostMapping(BASE)
    @Operation(summary = "Post (发榜) a challenge: promotion staff of the cluster, or a member for its organization")
    ResponseEntity<ChallengeCreatedResponse> post(@RequestBody PostChallengeRequest request) throws Exception {
        ChallengeId challengeId = ChallengeId.create();
        Actor actor = currentActor.require();
        String poster = request.postingOrganization() == null ? actor.organization() : request.postingOrganization();
        commands.sendAndWait(new PostChallengeCommand(challengeId, request.clusterId(), poster, request.title(),
                request.need(), request.area(), orEmpty(request.keywords()), request.indicators(), request.budget(),
                request.reward(), request.eligibility(), request.bidsCloseAt(), request.criteria(),
                request.evaluators()), TIMEOUT_SECONDS, SECONDS);
        long version = versionOf(challengeId);
        find(challengeId, version);
        return ResponseEntity.created(URI.create(BASE + "/" + challengeId))
                .body(new ChallengeCreatedResponse(challengeId, version));
    }

    @PutMapping(BASE + "/{id}/deadline")
    @Operation(summary = "Move the bid deadline later (open, or closed without bids)")
    ChallengeVersionResponse extend(@PathVariable UUID id, @RequestBody DeadlineRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new ExtendBidDeadlineCommand(challengeId, request.bidsCloseAt())));
    }

    @PostMapping(BASE + "/{id}/repost")
    @Operation(summary = "Post again for a new round of bids (closed without bids, or the award lapsed)")
    ChallengeVersionResponse repost(@PathVariable UUID id, @RequestBody DeadlineRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new RepostChallengeCommand(challengeId, request.bidsCloseAt())));
    }

    @PostMapping(BASE + "/{id}/cancellation")
    @Operation(summary = "Cancel with a reason (the poster, or the province)")
    ChallengeVersionResponse cancel(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new CancelChallengeCommand(challengeId, request.reason())));
    }

    // ---- bids ------------------------------------------------------------------------------------------------------

    @PostMapping(BASE + "/{id}/bids")
    @Operation(summary = "Bid (揭榜) for the caller's organization, or for a consortium it belongs to; sealed")
    ResponseEntity<PartCreatedResponse> bid(@PathVariable UUID id, @RequestBody BidRequest request)
            throws Exception {
        ChallengeId challengeId = existing(id);
        String bidId = UUID.randomUUID().toString();
        String bidder = request.bidderOrganization() == null ? currentActor.require().organization()
                : request.bidderOrganization();
        long version = send(challengeId, new SubmitBidCommand(challengeId, bidId, bidder, request.consortium(),
                request.approach(), request.team(), request.schedule(), request.price()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PartCreatedResponse(bidId, version));
    }

    @PutMapping(BASE + "/{id}/bids/{bidId}")
    @Operation(summary = "Revise one's own bid before the deadline")
    ChallengeVersionResponse revise(@PathVariable UUID id, @PathVariable String bidId,
                                    @RequestBody BidRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new ReviseBidCommand(challengeId, bidId, request.approach(), request.team(),
                request.schedule(), request.price())));
    }

    @DeleteMapping(BASE + "/{id}/bids/{bidId}")
    @Operation(summary = "Withdraw one's own bid before the deadline")
    ChallengeVersionResponse withdraw(@PathVariable UUID id, @PathVariable String bidId) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new WithdrawBidCommand(challengeId, bidId)));
    }

    // ---- evaluation and decision ------------------------------------------------------------------------------------

    @PostMapping(BASE + "/{id}/bids/{bidId}/scores")
    @Operation(summary = "Score a bid against every criterion (a named evaluator, after the deadline, not for a bid "
            + "of their own organization)")
    ChallengeVersionResponse score(@PathVariable UUID id, @PathVariable String bidId,
                                   @RequestBody ScoresRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new ScoreBidCommand(challengeId, bidId, request.scores(),
                request.comment())));
    }

    @PostMapping(BASE + "/{id}/winner")
    @Operation(summary = "Choose the winner (挂帅): the top-ranked bid, or another with a written reason")
    ChallengeVersionResponse choose(@PathVariable UUID id, @RequestBody WinnerRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new ChooseWinnerCommand(challengeId, request.bidId(), request.reason())));
    }

    @PostMapping(BASE + "/{id}/decision")
    @Operation(summary = "Publish the decision and the ranking; delivery starts")
    ChallengeVersionResponse publish(@PathVariable UUID id) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new PublishDecisionCommand(challengeId)));
    }

    @PostMapping(BASE + "/{id}/award/withdrawal")
    @Operation(summary = "The winner steps back; the next-ranked bidder is offered the award")
    ChallengeVersionResponse stepBack(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new WithdrawFromAwardCommand(challengeId, request.reason())));
    }

    @PostMapping(BASE + "/{id}/award/answer")
    @Operation(summary = "The offered bidder accepts or declines the award")
    ChallengeVersionResponse answer(@PathVariable UUID id, @RequestBody OfferAnswerRequest request)
            throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new AnswerAwardOfferCommand(challengeId, request.accept(),
                request.note())));
    }

    // ---- delivery --------------------------------------------------------------------------------------------------

    @PostMapping(BASE + "/{id}/milestones")
    @Operation(summary = "Plan a delivery milestone (the poster or the winner)")
    ResponseEntity<PartCreatedResponse> milestone(@PathVariable UUID id, @RequestBody MilestoneRequest request)
            throws Exception {
        ChallengeId challengeId = existing(id);
        String milestoneId = UUID.randomUUID().toString();
        long version = send(challengeId, new AddDeliveryMilestoneCommand(challengeId, milestoneId, request.title(),
                request.dueDate()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PartCreatedResponse(milestoneId, version));
    }

    @PostMapping(BASE + "/{id}/milestones/{milestoneId}/progress")
    @Operation(summary = "Report progress on a milestone (the winner)")
    ChallengeVersionResponse progress(@PathVariable UUID id, @PathVariable String milestoneId,
                                      @RequestBody ProgressRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new ReportDeliveryProgressCommand(challengeId, milestoneId,
                request.percentComplete(), request.note())));
    }

    @PostMapping(BASE + "/{id}/milestones/{milestoneId}/acceptance")
    @Operation(summary = "Accept a milestone reported complete (the poster)")
    ChallengeVersionResponse acceptMilestone(@PathVariable UUID id, @PathVariable String milestoneId,
                                             @RequestBody OpinionRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new AcceptDeliveryMilestoneCommand(challengeId, milestoneId,
                request.opinion())));
    }

    @PostMapping(BASE + "/{id}/acceptance")
    @Operation(summary = "Record the final acceptance (验收) against every technical indicator (the poster)")
    ChallengeVersionResponse accept(@PathVariable UUID id, @RequestBody AcceptanceRequest request) throws Exception {
        ChallengeId challengeId = existing(id);
        return version(send(challengeId, new RecordDeliveryAcceptanceCommand(challengeId, request.results(),
                request.opinion())));
    }

    @PostMapping(BASE + "/{id}/first-of-a-kind")
    @Operation(summary = "Register an accepted result as first-of-a-kind; it shows on the cluster's page")
    ResponseEntity<PartCreatedResponse> register(@PathVariable UUID id, @RequestBody FirstOfAKindRequest request)
            throws Exception {
        ChallengeId challengeId = existing(id);
        String resultId = UUID.randomUUID().toString();
        long version = send(challengeId, new RegisterFirstOfAKindCommand(challengeId, resultId, request.kind(),
                request.productName(), request.description()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PartCreatedResponse(resultId, version));
    }

    // ---- plumbing --------------------------------------------------------------------------------------------------

    /** Sends a change, answers the version it produced and waits briefly for the read model to show it. */
    private long send(ChallengeId challengeId, Object command) throws Exception {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
        long version = versionOf(challengeId);
        find(challengeId, version);
        return version;
    }

    private long versionOf(ChallengeId challengeId) {
        return eventStore.lastSequenceNumberFor(challengeId.toString())
                .orElseThrow(() -> new AggregateNotFoundException(challengeId.toString(), "challenge not found"));
    }

    /** Only challenges take challenge commands: another aggregate's id, or an unknown one, is a plain 404. */
    private ChallengeId existing(UUID id) throws Exception {
        return find(new ChallengeId(id), -1).challengeId();
    }

    private ChallengeView find(ChallengeId challengeId, long atLeastVersion) throws Exception {
        Optional<ChallengeView> challenge = queries.query(new FindChallengeQuery(challengeId,
                        currentActor.require(), atLeastVersion), ResponseTypes.optionalInstanceOf(ChallengeView.class))
                .get(TIMEOUT_SECONDS, SECONDS);
        return challenge.orElseThrow(() -> new AggregateNotFoundException(challengeId.toString(),
                "challenge not found"));
    }

    private static ChallengeVersionResponse version(long version) {
        return new ChallengeVersionResponse(version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
