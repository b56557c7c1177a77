package org.clusterhub.cluster.web;

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
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChangeClusterLevelCommand;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.cluster.api.MemberOrganizationView;
import org.clusterhub.cluster.api.OrganizationId;
import org.clusterhub.cluster.api.RecordNationalCompetitionApplicationCommand;
import org.clusterhub.cluster.api.RecordNationalCompetitionResultCommand;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.cluster.api.RemoveMemberOrganizationCommand;
import org.clusterhub.cluster.api.ReplacePromotionOrganizationCommand;
import org.clusterhub.cluster.api.RetireClusterCommand;
import org.clusterhub.cluster.api.AssessNationallyLeadingCommand;
import org.clusterhub.cluster.api.WithdrawNationallyLeadingCommand;
import org.clusterhub.shared.City;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clusters over HTTP. Thin: requests become commands and queries; validation, authorization and rule
 * violations are decided by the command pipeline and the aggregate, and answered as problem responses by the
 * project's controller advice. Every write answers the cluster's new version, which the caller sends back as
 * {@code expectedVersion} with its next change (a stale one answers 409).
 */
@RestController
@RequestMapping("/api/clusters")
@Tag(name = "Clusters", description = "Advanced manufacturing clusters under provincial cultivation (先进制造业集群)")
class ClusterController {

    private static final long TIMEOUT_SECONDS = 10;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;

    ClusterController(CommandGateway commands, QueryGateway queries, EventStore eventStore) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    @GetMapping
    @Operation(summary = "List clusters in the plan's order, filtered by text, city and level")
    ClusterPage list(@Parameter(description = "matched against names, promotion organization, focus areas and code, "
                             + "ignoring case") @RequestParam(required = false) String text,
                     @Parameter(description = "a center or key city of the cluster (radiated cities do not count)")
                     @RequestParam(required = false) City city,
                     @RequestParam(required = false) ClusterLevel level,
                     @Parameter(description = "only clusters with (true) or without (false) a standing 国内领先 "
                             + "assessment") @RequestParam(required = false) Boolean nationallyLeading,
                     @Parameter(description = "whether retired clusters are listed too")
                     @RequestParam(defaultValue = "false") boolean includeRetired,
                     @Parameter(description = "0-based page number")
                     @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                     @Parameter(description = "page size, 1..100")
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        return queries.query(new FindClustersQuery(text, city, level, includeRetired, page * size, size,
                        nationallyLeading),
                ResponseTypes.instanceOf(ClusterPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cluster with its members and national competition record")
    ClusterDetails get(@PathVariable UUID id) throws Exception {
        return find(new FindClusterQuery(new ClusterId(id)));
    }

    @PostMapping
    @Operation(summary = "Register a cluster (supervisor)")
    ResponseEntity<ClusterCreatedResponse> register(@RequestBody RegisterClusterRequest request) throws Exception {
        ClusterId clusterId = ClusterId.create();
        commands.sendAndWait(new RegisterClusterCommand(clusterId, request.planNumber(), request.code(),
                request.nameZh(), request.nameEn(), request.level(), request.promotionOrganization(),
                request.centerCities(), orEmpty(request.keyCities()), orEmpty(request.radiatedCities()),
                orEmpty(request.leadingEnterprises()), orEmpty(request.supportingPlatforms()),
                orEmpty(request.focusAreas()), orEmpty(request.focusAreasEn())), TIMEOUT_SECONDS, SECONDS);
        // Wait (briefly) for the read model, so that the Location answers at once.
        awaitReadModel(clusterId, 0);
        return ResponseEntity.created(URI.create("/api/clusters/" + clusterId))
                .body(new ClusterCreatedResponse(clusterId, 0));
    }

    @PostMapping("/{id}/level")
    @Operation(summary = "Move a cluster between national and provincial level, with a reason (supervisor)")
    ClusterVersionResponse changeLevel(@PathVariable UUID id, @RequestBody ChangeClusterLevelRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new ChangeClusterLevelCommand(clusterId, request.level(),
                request.reason(), request.expectedVersion())));
    }

    @PostMapping("/{id}/promotion-organization")
    @Operation(summary = "Hand a cluster to another promotion organization, with a reason (supervisor)")
    ClusterVersionResponse replacePromotionOrganization(@PathVariable UUID id,
                                                        @RequestBody ReplacePromotionOrganizationRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new ReplacePromotionOrganizationCommand(clusterId,
                request.promotionOrganization(), request.reason(), request.expectedVersion())));
    }

    @PostMapping("/{id}/national-competition/applications")
    @Operation(summary = "Record that a cluster applied to a round of the national cluster competition (supervisor)")
    ClusterVersionResponse recordCompetitionApplication(@PathVariable UUID id,
                                                        @RequestBody CompetitionApplicationRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new RecordNationalCompetitionApplicationCommand(clusterId,
                request.round(), request.description(), request.expectedVersion())));
    }

    @PostMapping("/{id}/national-competition/result")
    @Operation(summary = "Record the outcome of the pending national competition application (supervisor)")
    ClusterVersionResponse recordCompetitionResult(@PathVariable UUID id,
                                                   @RequestBody CompetitionResultRequest request) throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new RecordNationalCompetitionResultCommand(clusterId,
                request.outcome(), request.note(), request.expectedVersion())));
    }

    @PostMapping("/{id}/retirement")
    @Operation(summary = "Take a cluster out of provincial cultivation, with a reason (supervisor)")
    ClusterVersionResponse retire(@PathVariable UUID id, @RequestBody RetireClusterRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new RetireClusterCommand(clusterId, request.reason(),
                request.expectedVersion())));
    }

    @PostMapping("/{id}/nationally-leading")
    @Operation(summary = "Assess a provincial cluster as nationally leading (国内领先), with a reason (supervisor)")
    ClusterVersionResponse assessLeading(@PathVariable UUID id, @RequestBody RetireClusterRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new AssessNationallyLeadingCommand(clusterId,
                request.reason(), request.expectedVersion())));
    }

    @PostMapping("/{id}/nationally-leading/withdrawal")
    @Operation(summary = "Withdraw a cluster's nationally leading (国内领先) assessment, with a reason (supervisor)")
    ClusterVersionResponse withdrawLeading(@PathVariable UUID id, @RequestBody RetireClusterRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        return new ClusterVersionResponse(send(clusterId, new WithdrawNationallyLeadingCommand(clusterId,
                request.reason(), request.expectedVersion())));
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a member organization (supervisor, the cluster's promotion staff, or the coordinator "
            + "of the member's city)")
    ResponseEntity<MemberAddedResponse> addMember(@PathVariable UUID id, @RequestBody AddMemberRequest request)
            throws Exception {
        ClusterId clusterId = existing(id);
        AddMemberOrganizationCommand command = new AddMemberOrganizationCommand(clusterId, request.name(),
                request.kind(), request.city(), request.chainPosition(), request.creditCode(),
                request.expectedVersion());
        long version = send(clusterId, command);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new MemberAddedResponse(command.organizationId(), version));
    }

    @DeleteMapping("/{id}/members/{organizationId}")
    @Operation(summary = "Remove a member organization (supervisor, the cluster's promotion staff, or the "
            + "coordinator of the member's city)")
    ClusterVersionResponse removeMember(@PathVariable UUID id, @PathVariable UUID organizationId,
                                        @RequestParam(required = false) String reason,
                                        @Parameter(description = "the version the caller last saw; a later change "
                                                + "answers 409") @RequestParam(required = false) Long expectedVersion)
            throws Exception {
        ClusterDetails current = find(new FindClusterQuery(new ClusterId(id)));
        OrganizationId memberId = new OrganizationId(organizationId);
        // The command declares the member's city, so that a coordinator's scope is checked before the aggregate loads.
        MemberOrganizationView member = current.members().stream()
                .filter(m -> m.organizationId().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new AggregateNotFoundException(memberId.toString(),
                        "not a member of cluster " + current.clusterId()));
        return new ClusterVersionResponse(send(current.clusterId(), new RemoveMemberOrganizationCommand(
                current.clusterId(), memberId, member.city(), reason, expectedVersion)));
    }

    /**
     * Sends a change and answers the version it produced. Read from the event store rather than the read model: a
     * command may append more than one event (a won competition also raises the level), and the read model may not
     * have projected them all yet. Then waits (briefly) for the read model, so that a following GET shows the change.
     */
    private long send(ClusterId clusterId, Object command) throws Exception {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
        long version = eventStore.lastSequenceNumberFor(clusterId.toString())
                .orElseThrow(() -> new AggregateNotFoundException(clusterId.toString(), "cluster not found"));
        awaitReadModel(clusterId, version);
        return version;
    }

    private void awaitReadModel(ClusterId clusterId, long version) throws Exception {
        queries.query(new FindClusterQuery(clusterId, version), ResponseTypes.optionalInstanceOf(ClusterDetails.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    /**
     * Only clusters take cluster commands. Axon loads an aggregate by id alone and refuses another kind's stream (a
     * zone's) only while loading it, as an internal error; here such an id, or an unknown one, is a plain 404.
     */
    private ClusterId existing(UUID id) throws Exception {
        return find(new FindClusterQuery(new ClusterId(id))).clusterId();
    }

    private ClusterDetails find(FindClusterQuery query) throws Exception {
        Optional<ClusterDetails> details = queries.query(query,
                ResponseTypes.optionalInstanceOf(ClusterDetails.class)).get(TIMEOUT_SECONDS, SECONDS);
        return details.orElseThrow(() -> new AggregateNotFoundException(query.clusterId().toString(),
                "cluster not found"));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
