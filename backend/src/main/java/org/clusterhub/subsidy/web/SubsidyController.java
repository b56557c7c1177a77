package org.clusterhub.subsidy.web;

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
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.subsidy.api.*;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.supervision.api.HistoryEntry;
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
 * Funding programmes and grants (奖补) over HTTP. Thin: requests become commands and queries; validation, role and
 * scope and the programme's rules (the budget above all) are decided by the command pipeline and the
 * {@code FundingProgramme} aggregate, and answered as RFC 9457 problems (400 with {@code invalidFields}, 403, 404,
 * 409). Supervisors define, grant and pay, and read programmes; everyone reads the grants of their scope
 * ({@code /api/subsidies/grants}). A write that loses the append race to another node is sent again: the programme,
 * reloaded, decides afresh against its budget. Every write answers the programme's new version once the read model
 * has it. New events arrive on STOMP {@code /topic/fundingprogrammes/{id}}.
 *
 * @see <a href="../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
@RestController
@RequestMapping("/api/subsidies")
@Tag(name = "Subsidies", description = "Funding programmes (奖补), grants, tranches and payments")
class SubsidyController {

    private static final long TIMEOUT_SECONDS = 10;
    private static final int ATTEMPTS = 5;
    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String PROGRAMME = "FundingProgramme";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final CurrentActor currentActor;

    SubsidyController(CommandGateway commands, QueryGateway queries, EventStore eventStore,
                      CurrentActor currentActor) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.currentActor = currentActor;
    }

    // ---- programmes ------------------------------------------------------------------------------------------------

    @GetMapping("/programmes")
    @Operation(summary = "Funding programmes, newest year first: filtered, paged, with the totals of all matching")
    FundingProgrammePage programmes(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) ProgrammeKind kind,
                                    @RequestParam(required = false) ProgrammeStatus status,
                                    @Parameter(description = "in the name or description, ignoring case")
                                    @RequestParam(required = false) String text,
                                    @Parameter(description = "0-based page number")
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                    @Parameter(description = "page size, 1..100")
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        requireSupervisor();
        return queries.query(new FindFundingProgrammesQuery(new FundingProgrammeFilter(year, kind, status, text),
                page * size, size), ResponseTypes.instanceOf(FundingProgrammePage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @PostMapping("/programmes")
    @Operation(summary = "Define a programme of one year with its budget (万元). 201 with Location")
    ResponseEntity<ProgrammeCreatedResponse> define(@RequestBody DefineProgrammeRequest request) throws Exception {
        FundingProgrammeId programmeId = FundingProgrammeId.create();
        long version = send(programmeId, new DefineFundingProgrammeCommand(programmeId, request.year(),
                request.kind(), request.name(), request.description(), request.budget()));
        return ResponseEntity.created(URI.create("/api/subsidies/programmes/" + programmeId))
                .body(new ProgrammeCreatedResponse(programmeId, version));
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One programme with its figures: budget, committed, paid, remaining, payable now")
    FundingProgrammeView programme(@PathVariable UUID id) throws Exception {
        requireSupervisor();
        return find(new FundingProgrammeId(id));
    }

    @PutMapping("/programmes/{id}/budget")
    @Operation(summary = "Raise or cut the budget (never below what is committed), with a reason")
    ProgrammeVersionResponse budget(@PathVariable UUID id, @RequestBody BudgetRequest request) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return version(send(programmeId, new ReviseProgrammeBudgetCommand(programmeId, request.budget(),
                request.reason())));
    }

    @PostMapping("/programmes/{id}/closure")
    @Operation(summary = "Close a settled programme (every grant paid or withdrawn), with a reason")
    ProgrammeVersionResponse close(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return version(send(programmeId, new CloseFundingProgrammeCommand(programmeId, request.reason())));
    }

    @GetMapping("/programmes/{id}/history")
    @Operation(summary = "Every event of one programme, oldest first, with who acted")
    AggregateHistory history(@PathVariable UUID id) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return programmeHistory(programmeId);
    }

    // ---- grants ----------------------------------------------------------------------------------------------------

    @GetMapping("/programmes/{id}/grants")
    @Operation(summary = "A programme's grants with their tranches, most recently changed first")
    GrantPage programmeGrants(@PathVariable UUID id,
                              @RequestParam(required = false) GrantState state,
                              @Parameter(description = "in the recipient, project, purpose, ignoring case")
                              @RequestParam(required = false) String text,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return grants(new GrantFilter(programmeId, null, null, null, null, null, state, text), page, size);
    }

    @PostMapping("/programmes/{id}/grants")
    @Operation(summary = "Grant an amount (万元) to a project of the library or to an organization, in tranches")
    ResponseEntity<GrantCreatedResponse> award(@PathVariable UUID id, @RequestBody AwardGrantRequest request)
            throws Exception {
        FundingProgrammeId programmeId = existing(id);
        GrantId grantId = GrantId.create();
        long version = send(programmeId, new AwardGrantCommand(programmeId, grantId, request.recipientKind(),
                request.projectId() == null ? null : new ProjectId(request.projectId()), request.organization(),
                request.clusterId() == null ? null : new ClusterId(request.clusterId()), request.city(),
                request.amount(), request.purpose(), orEmpty(request.tranches())));
        return ResponseEntity.created(URI.create("/api/subsidies/grants/" + grantId))
                .body(new GrantCreatedResponse(programmeId, grantId, version));
    }

    @PutMapping("/programmes/{id}/grants/{grantId}")
    @Operation(summary = "Revise a grant: a new amount (not below what was paid) and the unpaid tranches re-planned")
    ProgrammeVersionResponse revise(@PathVariable UUID id, @PathVariable UUID grantId,
                                    @RequestBody ReviseGrantRequest request) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return version(send(programmeId, new ReviseGrantCommand(programmeId, new GrantId(grantId), request.amount(),
                orEmpty(request.unpaidTranches()), request.reason())));
    }

    @PostMapping("/programmes/{id}/grants/{grantId}/withdrawal")
    @Operation(summary = "Withdraw a grant with a reason: unpaid tranches are cancelled, paid money stays paid")
    ProgrammeVersionResponse withdraw(@PathVariable UUID id, @PathVariable UUID grantId,
                                      @RequestBody ReasonRequest request) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return version(send(programmeId, new WithdrawGrantCommand(programmeId, new GrantId(grantId),
                request.reason())));
    }

    @PostMapping("/programmes/{id}/grants/{grantId}/tranches/{tranche}/confirmation")
    @Operation(summary = "Confirm a tranche's condition (SUPERVISOR_CONFIRMATION): it becomes payable")
    ProgrammeVersionResponse confirm(@PathVariable UUID id, @PathVariable UUID grantId, @PathVariable int tranche,
                                     @RequestBody NoteRequest request) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return version(send(programmeId, new ConfirmTrancheConditionCommand(programmeId, new GrantId(grantId),
                tranche, request.note())));
    }

    @PostMapping("/programmes/{id}/grants/{grantId}/tranches/{tranche}/payment")
    @Operation(summary = "Record that a payable tranche was paid in full, on a date, with its voucher number")
    ProgrammeVersionResponse pay(@PathVariable UUID id, @PathVariable UUID grantId, @PathVariable int tranche,
                                 @RequestBody PaymentRequest request) throws Exception {
        FundingProgrammeId programmeId = existing(id);
        return version(send(programmeId, new RecordTranchePaymentCommand(programmeId, new GrantId(grantId), tranche,
                request.paidOn(), request.voucher(), request.note())));
    }

    @GetMapping("/grants")
    @Operation(summary = "The grants the caller may read (supervisors all; promotion staff their clusters'; "
            + "coordinators their city's; members their organization's), most recently changed first")
    GrantPage myGrants(@RequestParam(required = false) Integer year,
                       @RequestParam(required = false) UUID projectId,
                       @RequestParam(required = false) UUID clusterId,
                       @RequestParam(required = false) City city,
                       @Parameter(description = "the recipient organization (exact name)")
                       @RequestParam(required = false) String organization,
                       @RequestParam(required = false) GrantState state,
                       @RequestParam(required = false) String text,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        return grants(new GrantFilter(null, year, projectId == null ? null : new ProjectId(projectId),
                clusterId == null ? null : new ClusterId(clusterId), city, organization, state, text), page, size);
    }

    @GetMapping("/grants/{grantId}")
    @Operation(summary = "One grant with its tranches, if the caller may read it")
    GrantView grant(@PathVariable UUID grantId) throws Exception {
        return readableGrant(new GrantId(grantId));
    }

    @GetMapping("/grants/{grantId}/history")
    @Operation(summary = "The events of one grant (award, revisions, conditions met, payments), oldest first")
    List<HistoryEntry> grantHistory(@PathVariable UUID grantId) throws Exception {
        GrantView grant = readableGrant(new GrantId(grantId));
        String id = grant.grantId().toString();
        return programmeHistory(grant.programmeId()).entries().stream()
                .filter(entry -> id.equals(entry.payload().get("grantId"))).toList();
    }

    @GetMapping("/projects")
    @Operation(summary = "Projects of the project library a grant may go to, by title or lead organization")
    SubsidyProjectList projects(@RequestParam(required = false) String text) throws Exception {
        requireSupervisor();
        return queries.query(new FindSubsidyProjectsQuery(text, 50), ResponseTypes.instanceOf(SubsidyProjectList.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    // ---- plumbing --------------------------------------------------------------------------------------------------

    private GrantPage grants(GrantFilter filter, int page, int size) throws Exception {
        Actor actor = currentActor.require();
        return queries.query(new FindGrantsQuery(filter, actor, page * size, size),
                ResponseTypes.instanceOf(GrantPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    private GrantView readableGrant(GrantId grantId) throws Exception {
        Actor actor = currentActor.require();
        Optional<GrantView> grant = queries.query(new FindGrantQuery(grantId, actor),
                ResponseTypes.optionalInstanceOf(GrantView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return grant.orElseThrow(() -> new AggregateNotFoundException(grantId.toString(), "grant not found"));
    }

    private AggregateHistory programmeHistory(FundingProgrammeId programmeId) throws Exception {
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(programmeId.toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (!PROGRAMME.equals(history.aggregateType())) {
            throw new AggregateNotFoundException(programmeId.toString(), "programme has no history");
        }
        return history;
    }

    /**
     * Sends a command and answers the version it produced, read from the event store (a grant may append two
     * events), after waiting briefly for the read model. A lost append race (another node appended to the programme
     * first) is sent again; the programme decides afresh.
     */
    private long send(FundingProgrammeId programmeId, Object command) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
                break;
            } catch (RuntimeException e) {
                Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
                boolean lostRace = cause instanceof ConcurrencyException
                        && !(cause instanceof ConflictingAggregateVersionException);
                if (!lostRace || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
        long version = eventStore.lastSequenceNumberFor(programmeId.toString())
                .orElseThrow(() -> new AggregateNotFoundException(programmeId.toString(), "programme not found"));
        queries.query(new FindFundingProgrammeQuery(programmeId, version),
                ResponseTypes.optionalInstanceOf(FundingProgrammeView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return version;
    }

    /**
     * Only programmes take programme commands: Axon loads an aggregate by id alone. Here another kind's id, or an
     * unknown one, is a plain 404 (for a supervisor; others are refused first).
     */
    private FundingProgrammeId existing(UUID id) throws Exception {
        requireSupervisor();
        return find(new FundingProgrammeId(id)).programmeId();
    }

    private FundingProgrammeView find(FundingProgrammeId programmeId) throws Exception {
        return queries.query(new FindFundingProgrammeQuery(programmeId),
                        ResponseTypes.optionalInstanceOf(FundingProgrammeView.class)).get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(programmeId.toString(), "programme not found"));
    }

    /** Programmes are the province's books: only supervisors read them (others read their grants). */
    private Actor requireSupervisor() {
        Actor actor = currentActor.require();
        if (!actor.isSupervisor()) {
            throw new AccessRefused("read funding programmes", actor.username());
        }
        return actor;
    }

    private static ProgrammeVersionResponse version(long version) {
        return new ProgrammeVersionResponse(version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
