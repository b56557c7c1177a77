package org.clusterhub.supervision.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.supervision.api.ActivityChange;
import org.clusterhub.supervision.api.ActivityFactPage;
import org.clusterhub.supervision.api.CorrectEvaluationResultCommand;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationPage;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.EvaluationStatus;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.FactBreakdown;
import org.clusterhub.supervision.api.FinalizeEvaluationCommand;
import org.clusterhub.supervision.api.FindActivityChangeQuery;
import org.clusterhub.supervision.api.FindActivityFactsQuery;
import org.clusterhub.supervision.api.FindEvaluationQuery;
import org.clusterhub.supervision.api.FindEvaluationsQuery;
import org.clusterhub.supervision.api.FindOrganizationActivityQuery;
import org.clusterhub.supervision.api.OpenEvaluationCommand;
import org.clusterhub.supervision.api.OrganizationActivity;
import org.clusterhub.supervision.api.ScoreEvaluationCommand;
import org.clusterhub.supervision.api.SubmitSelfAssessmentCommand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly evaluation of promotion organizations (促进组织活跃度) over HTTP, and the activity indicators it rests on.
 * Thin: requests become commands and queries; role, scope and the evaluation's rules are decided by the command
 * pipeline and the {@code Evaluation} aggregate, answered as RFC 9457 problems (400 with {@code invalidFields}, 403,
 * 404, 409). Who sees an evaluation is the catalog's rule (supervisors all, promotion staff their own, everyone the
 * finalized ones); a cluster's indicators by period are for supervisors and that cluster's staff.
 *
 * @see <a href="../../../../../../../../docs/decisions/015-organization-activity-evaluation.md">ADR 015</a>
 */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "Evaluations", description = "Yearly evaluation of promotion organizations, from the platform's events")
class EvaluationController {

    private static final long TIMEOUT_SECONDS = 10;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final CurrentActor currentActor;

    EvaluationController(CommandGateway commands, QueryGateway queries, EventStore eventStore,
                         CurrentActor currentActor) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.currentActor = currentActor;
    }

    // ---- evaluations -----------------------------------------------------------------------------------------------

    @GetMapping("/evaluations")
    @Operation(summary = "The evaluations the caller may see, newest year first: filtered and paged")
    EvaluationPage list(@RequestParam(required = false) @Min(2021) @Max(2035) Integer year,
                        @RequestParam(required = false) UUID clusterId,
                        @RequestParam(required = false) EvaluationStatus status,
                        @Parameter(description = "0-based page number")
                        @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                        @Parameter(description = "page size, 1..100")
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        Actor actor = currentActor.require();
        return queries.query(new FindEvaluationsQuery(actor, year, clusterId == null ? null : new ClusterId(clusterId),
                status, page * size, size), ResponseTypes.instanceOf(EvaluationPage.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    @PostMapping("/evaluations")
    @Operation(summary = "Open the yearly evaluation of a cluster's promotion organization (supervisors). 201 with "
            + "Location; 409 when that cluster's evaluation of that year exists")
    ResponseEntity<EvaluationCreatedResponse> open(@RequestBody OpenEvaluationRequest request) throws Exception {
        Actor actor = currentActor.require();
        ClusterId clusterId = request.clusterId() == null ? null : new ClusterId(request.clusterId());
        OpenEvaluationCommand command = new OpenEvaluationCommand(clusterId, request.year(),
                request.selfAssessmentDue());
        if (clusterId != null && request.year() != null && actor.isSupervisor()) {
            requireKnownCluster(clusterId);
            if (eventStore.lastSequenceNumberFor(command.evaluationId().toString()).isPresent()) {
                throw new DomainRuleViolation("evaluation.error.alreadyOpen", "year", request.year());
            }
        }
        long version = send(clusterId == null || request.year() == null ? null : command.evaluationId(), command);
        EvaluationId id = command.evaluationId();
        return ResponseEntity.created(URI.create("/api/supervision/evaluations/" + id))
                .body(new EvaluationCreatedResponse(id, version));
    }

    @GetMapping("/evaluations/{id}")
    @Operation(summary = "One evaluation: self-assessment, the province's scores (to supervisors until finalized), "
            + "the result with the figures it rests on, and corrections")
    EvaluationView get(@PathVariable UUID id) throws Exception {
        return visible(new EvaluationId(id));
    }

    @PutMapping("/evaluations/{id}/self-assessment")
    @Operation(summary = "The cluster's promotion staff submit or revise the self-assessment (until it is scored)")
    EvaluationVersionResponse selfAssess(@PathVariable UUID id, @RequestBody SelfAssessmentRequest request)
            throws Exception {
        EvaluationId evaluationId = visible(new EvaluationId(id)).evaluationId();
        return new EvaluationVersionResponse(send(evaluationId, new SubmitSelfAssessmentCommand(evaluationId,
                request.indicators() == null ? List.of() : request.indicators(), request.overall(),
                request.selfScore())));
    }

    @PutMapping("/evaluations/{id}/scores")
    @Operation(summary = "Supervisors score per indicator and overall, with the grade (again until finalized)")
    EvaluationVersionResponse score(@PathVariable UUID id, @RequestBody ScoresRequest request) throws Exception {
        EvaluationId evaluationId = visible(new EvaluationId(id)).evaluationId();
        return new EvaluationVersionResponse(send(evaluationId, new ScoreEvaluationCommand(evaluationId,
                request.scores() == null ? List.of() : request.scores(), request.overallScore(),
                request.overallComment(), request.grade())));
    }

    @PostMapping("/evaluations/{id}/finalization")
    @Operation(summary = "Supervisors finalize and publish a scored evaluation; the result records the indicators "
            + "as computed now")
    EvaluationVersionResponse finalizeEvaluation(@PathVariable UUID id) throws Exception {
        EvaluationView evaluation = visible(new EvaluationId(id));
        // Milliseconds: the read model keeps the instant to the millisecond, and the drill-down asks with it.
        Instant asOf = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        OrganizationActivity activity = queries.query(new FindOrganizationActivityQuery(evaluation.clusterId(),
                evaluation.period(), asOf), ResponseTypes.instanceOf(OrganizationActivity.class))
                .get(TIMEOUT_SECONDS, SECONDS);
        return new EvaluationVersionResponse(send(evaluation.evaluationId(), new FinalizeEvaluationCommand(
                evaluation.evaluationId(), activity.figures(), asOf)));
    }

    @PostMapping("/evaluations/{id}/corrections")
    @Operation(summary = "Supervisors correct a finalized result (grade, overall score) with a reason, recorded "
            + "next to it")
    EvaluationVersionResponse correct(@PathVariable UUID id, @RequestBody CorrectionRequest request)
            throws Exception {
        EvaluationId evaluationId = visible(new EvaluationId(id)).evaluationId();
        return new EvaluationVersionResponse(send(evaluationId, new CorrectEvaluationResultCommand(evaluationId,
                request.overallScore(), request.grade(), request.reason())));
    }

    @GetMapping("/evaluations/{id}/indicators")
    @Operation(summary = "The evaluation's indicators for its year, from the events: as known when it was "
            + "finalized, else now")
    OrganizationActivity indicators(@PathVariable UUID id) throws Exception {
        EvaluationView evaluation = visible(new EvaluationId(id));
        return activity(evaluation.clusterId(), evaluation.period(), asOf(evaluation));
    }

    @GetMapping("/evaluations/{id}/indicators/{indicator}/events")
    @Operation(summary = "The events behind one of the evaluation's figures (or one part of its breakdown)")
    ActivityFactPage evaluationEvents(@PathVariable UUID id, @PathVariable EvaluationIndicator indicator,
                                      @RequestParam(required = false) FactBreakdown breakdown,
                                      @RequestParam(required = false) String key,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) throws Exception {
        EvaluationView evaluation = visible(new EvaluationId(id));
        return facts(new FindActivityFactsQuery(evaluation.clusterId(), indicator, evaluation.period(),
                asOf(evaluation), breakdown, key, page * size, size));
    }

    // ---- a cluster's activity by period ----------------------------------------------------------------------------

    @GetMapping("/clusters/{clusterId}/activity")
    @Operation(summary = "A cluster's activity indicators for a period (dates in Asia/Shanghai, both included)")
    OrganizationActivity clusterActivity(@PathVariable UUID clusterId,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws Exception {
        ClusterId cluster = ownCluster(clusterId);
        return activity(cluster, period(from, to), null);
    }

    @GetMapping("/clusters/{clusterId}/activity/{indicator}/events")
    @Operation(summary = "The events behind one of a cluster's figures for a period")
    ActivityFactPage clusterEvents(@PathVariable UUID clusterId, @PathVariable EvaluationIndicator indicator,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) FactBreakdown breakdown,
                                   @RequestParam(required = false) String key,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) throws Exception {
        ClusterId cluster = ownCluster(clusterId);
        return facts(new FindActivityFactsQuery(cluster, indicator, period(from, to), null, breakdown, key,
                page * size, size));
    }

    @GetMapping("/clusters/{clusterId}/activity/change")
    @Operation(summary = "The change report: a cluster's indicators for two periods side by side, what improved and "
            + "what fell back")
    ActivityChange change(@PathVariable UUID clusterId,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beforeFrom,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beforeTo,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterFrom,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterTo)
            throws Exception {
        ClusterId cluster = ownCluster(clusterId);
        return queries.query(new FindActivityChangeQuery(cluster, period(beforeFrom, beforeTo),
                        period(afterFrom, afterTo), null), ResponseTypes.instanceOf(ActivityChange.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    // ---- plumbing --------------------------------------------------------------------------------------------------

    /** A finalized evaluation's figures are those known when it was finalized; an open one's, those known now. */
    private static Instant asOf(EvaluationView evaluation) {
        return evaluation.result() == null ? null : evaluation.result().figuresAsOf();
    }

    private OrganizationActivity activity(ClusterId cluster, EvaluationPeriod period, Instant asOf) throws Exception {
        return queries.query(new FindOrganizationActivityQuery(cluster, period, asOf),
                ResponseTypes.instanceOf(OrganizationActivity.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    private ActivityFactPage facts(FindActivityFactsQuery query) throws Exception {
        return queries.query(query, ResponseTypes.instanceOf(ActivityFactPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    /** A period's end before its start is a bad request (400). */
    private static EvaluationPeriod period(LocalDate from, LocalDate to) {
        return new EvaluationPeriod(from, to);
    }

    /** Supervisors read every cluster's figures, promotion staff their own clusters'. */
    private ClusterId ownCluster(UUID clusterId) throws Exception {
        Actor actor = currentActor.require();
        ClusterId cluster = new ClusterId(clusterId);
        if (!actor.isSupervisor() && !actor.isStaffOf(cluster.toString())) {
            throw new AccessRefused("FindOrganizationActivityQuery", actor.username());
        }
        requireKnownCluster(cluster);
        return cluster;
    }

    private void requireKnownCluster(ClusterId cluster) throws Exception {
        Optional<ClusterDetails> details = queries.query(new FindClusterQuery(cluster),
                ResponseTypes.optionalInstanceOf(ClusterDetails.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (details.isEmpty()) {
            throw new AggregateNotFoundException(cluster.toString(), "cluster not found");
        }
    }

    /** The evaluation as the caller may see it; one they may not see is not found (404), as one that does not exist. */
    private EvaluationView visible(EvaluationId id) throws Exception {
        Actor actor = currentActor.require();
        return queries.query(new FindEvaluationQuery(id, actor), ResponseTypes.optionalInstanceOf(EvaluationView.class))
                .get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(id.toString(), "evaluation not found"));
    }

    /**
     * Sends a command and answers the version it produced, after waiting briefly for the read model, so that a
     * following GET shows the change.
     */
    private long send(EvaluationId evaluationId, Object command) throws Exception {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
        long version = eventStore.lastSequenceNumberFor(evaluationId.toString())
                .orElseThrow(() -> new AggregateNotFoundException(evaluationId.toString(), "evaluation not found"));
        queries.query(new FindEvaluationQuery(evaluationId, currentActor.require(), version),
                ResponseTypes.optionalInstanceOf(EvaluationView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return version;
    }
}
