package org.clusterhub.consortium.web;

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
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint innovation consortia (创新联合体) over HTTP. Thin: requests become commands and queries; validation, role and
 * scope and the consortium's rules are decided by the command pipeline and the {@code Consortium} aggregate, and
 * answered as RFC 9457 problems (400 with {@code invalidFields}, 403, 404, 409). Every write answers the consortium's
 * new version once the read model has it. Organizations on the board are addressed by unified social credit code.
 * Consortia are public to every signed-in person (ADR 011); new events arrive on STOMP {@code /topic/consortia/{id}}.
 *
 * @see <a href="../../../../../../../../docs/decisions/011-joint-innovation-consortia.md">ADR 011</a>
 */
@RestController
@RequestMapping("/api/consortia")
@Tag(name = "Consortia", description = "Joint innovation consortia (创新联合体): forming, membership, registration")
class ConsortiumController {

    private static final long TIMEOUT_SECONDS = 10;
    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String CONSORTIUM = "Consortium";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final CurrentActor currentActor;

    ConsortiumController(CommandGateway commands, QueryGateway queries, EventStore eventStore,
                         CurrentActor currentActor) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.currentActor = currentActor;
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "Consortia, most recently changed first: filtered and paged")
    ConsortiumPage list(@RequestParam(required = false) UUID clusterId,
                        @RequestParam(required = false) TechnologyArea area,
                        @RequestParam(required = false) ConsortiumStatus status,
                        @Parameter(description = "consortia where this organization (exact name) is a member, "
                                + "invited or applying")
                        @RequestParam(required = false) String organization,
                        @Parameter(description = "in the name, keywords, lead or members, ignoring case")
                        @RequestParam(required = false) String text,
                        @Parameter(description = "0-based page number")
                        @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                        @Parameter(description = "page size, 1..100")
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        currentActor.require();
        ConsortiumFilter filter = new ConsortiumFilter(clusterId == null ? null : new ClusterId(clusterId), area,
                status, organization, text);
        return queries.query(new FindConsortiaQuery(filter, page * size, size),
                ResponseTypes.instanceOf(ConsortiumPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consortium with its membership board")
    ConsortiumView get(@PathVariable UUID id) throws Exception {
        currentActor.require();
        return find(new ConsortiumId(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of one consortium, oldest first, with who acted")
    AggregateHistory history(@PathVariable UUID id) throws Exception {
        ConsortiumId consortiumId = existing(id);
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(consortiumId.toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (!CONSORTIUM.equals(history.aggregateType())) {
            throw new AggregateNotFoundException(consortiumId.toString(), "consortium has no history");
        }
        return history;
    }

    // ---- forming ---------------------------------------------------------------------------------------------------

    @PostMapping
    @Operation(summary = "Propose a consortium within a cluster; the caller's organization leads it. 201 with Location")
    ResponseEntity<ConsortiumCreatedResponse> propose(@RequestBody ProposeConsortiumRequest request) throws Exception {
        Actor actor = currentActor.require();
        ConsortiumId consortiumId = ConsortiumId.create();
        long version = send(consortiumId, new ProposeConsortiumCommand(consortiumId, request.clusterId(),
                request.name(), request.area(), orEmpty(request.keywords()), request.aims(),
                orEmpty(request.platforms()), actor.organization(), request.leadCreditCode(), request.leadKind(),
                request.commitment(), request.origin()));
        return ResponseEntity.created(URI.create("/api/consortia/" + consortiumId))
                .body(new ConsortiumCreatedResponse(consortiumId, version));
    }

    @PostMapping("/{id}/invitations")
    @Operation(summary = "The lead invites an organization (of the cluster, another cluster or outside the region)")
    ConsortiumVersionResponse invite(@PathVariable UUID id, @RequestBody InvitationRequest request) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new InviteOrganizationCommand(consortiumId, request.organization(),
                request.creditCode(), request.kind(), request.origin(), request.region(), request.role(),
                request.requiredForFounding())));
    }

    @DeleteMapping("/{id}/invitations/{creditCode}")
    @Operation(summary = "The lead withdraws an invitation not accepted")
    ConsortiumVersionResponse withdraw(@PathVariable UUID id, @PathVariable String creditCode) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new WithdrawInvitationCommand(consortiumId, creditCode)));
    }

    @PostMapping("/{id}/invitations/{creditCode}/acceptance")
    @Operation(summary = "The invited organization accepts, with its commitment")
    ConsortiumVersionResponse accept(@PathVariable UUID id, @PathVariable String creditCode,
                                     @RequestBody Commitment commitment) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new AcceptInvitationCommand(consortiumId, creditCode, commitment)));
    }

    @PostMapping("/{id}/invitations/{creditCode}/declination")
    @Operation(summary = "The invited organization declines")
    ConsortiumVersionResponse decline(@PathVariable UUID id, @PathVariable String creditCode,
                                      @RequestBody(required = false) ReasonRequest request) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new DeclineInvitationCommand(consortiumId, creditCode,
                request == null ? null : request.reason())));
    }

    // ---- later members ---------------------------------------------------------------------------------------------

    @PostMapping("/{id}/applications")
    @Operation(summary = "The caller's organization applies to join a founded consortium")
    ConsortiumVersionResponse apply(@PathVariable UUID id, @RequestBody ApplicationRequest request) throws Exception {
        Actor actor = currentActor.require();
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new ApplyToJoinCommand(consortiumId, actor.organization(),
                request.creditCode(), request.kind(), request.origin(), request.region(), request.motivation(),
                request.commitment())));
    }

    @PostMapping("/{id}/applications/{creditCode}/decision")
    @Operation(summary = "The lead admits an applicant with a role or rejects it with a reason")
    ConsortiumVersionResponse decide(@PathVariable UUID id, @PathVariable String creditCode,
                                     @RequestBody ApplicationDecisionRequest request) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new DecideApplicationCommand(consortiumId, creditCode, request.admit(),
                request.role(), request.reason())));
    }

    @PutMapping("/{id}/members/{creditCode}/role")
    @Operation(summary = "The lead makes a member core or participant")
    ConsortiumVersionResponse changeRole(@PathVariable UUID id, @PathVariable String creditCode,
                                         @RequestBody RoleRequest request) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new ChangeMemberRoleCommand(consortiumId, creditCode, request.role())));
    }

    @PutMapping("/{id}/members/{creditCode}/commitment")
    @Operation(summary = "A member states what it commits: people, equipment and its value, money (CNY)")
    ConsortiumVersionResponse commit(@PathVariable UUID id, @PathVariable String creditCode,
                                     @RequestBody Commitment commitment) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new RecordCommitmentCommand(consortiumId, creditCode, commitment)));
    }

    @PostMapping("/{id}/members/{creditCode}/departure")
    @Operation(summary = "A member other than the lead leaves, with a reason")
    ConsortiumVersionResponse leave(@PathVariable UUID id, @PathVariable String creditCode,
                                    @RequestBody ReasonRequest request) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new LeaveConsortiumCommand(consortiumId, creditCode, request.reason())));
    }

    // ---- registration and dissolution ------------------------------------------------------------------------------

    @PostMapping("/{id}/registration")
    @Operation(summary = "The cluster's promotion staff register (备案) a founded consortium")
    ConsortiumVersionResponse register(@PathVariable UUID id, @RequestBody RegistrationRequest request)
            throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new RegisterConsortiumCommand(consortiumId, request.registrationNumber(),
                request.note())));
    }

    @PostMapping("/{id}/dissolution")
    @Operation(summary = "The lead, the cluster's staff or the province dissolve the consortium, with a reason")
    ConsortiumVersionResponse dissolve(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        ConsortiumId consortiumId = existing(id);
        return version(send(consortiumId, new DissolveConsortiumCommand(consortiumId, request.reason())));
    }

    // ---- plumbing --------------------------------------------------------------------------------------------------

    /**
     * Sends a command and answers the version it produced, read from the event store (one command may append two
     * events), after waiting briefly for the read model, so that a following GET shows the change.
     */
    private long send(ConsortiumId consortiumId, Object command) throws Exception {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
        long version = eventStore.lastSequenceNumberFor(consortiumId.toString())
                .orElseThrow(() -> new AggregateNotFoundException(consortiumId.toString(), "consortium not found"));
        queries.query(new FindConsortiumQuery(consortiumId, version),
                ResponseTypes.optionalInstanceOf(ConsortiumView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return version;
    }

    /**
     * Only consortia take consortium commands: Axon loads an aggregate by id alone and would refuse another kind's
     * stream only while loading it, as an internal error. Here such an id, or an unknown one, is a plain 404.
     */
    private ConsortiumId existing(UUID id) throws Exception {
        currentActor.require();
        return find(new ConsortiumId(id)).consortiumId();
    }

    private ConsortiumView find(ConsortiumId consortiumId) throws Exception {
        Optional<ConsortiumView> consortium = queries.query(new FindConsortiumQuery(consortiumId),
                ResponseTypes.optionalInstanceOf(ConsortiumView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return consortium.orElseThrow(() -> new AggregateNotFoundException(consortiumId.toString(),
                "consortium not found"));
    }

    private static ConsortiumVersionResponse version(long version) {
        return new ConsortiumVersionResponse(version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
