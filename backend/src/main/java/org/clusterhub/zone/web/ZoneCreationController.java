package org.clusterhub.zone.web;

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
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.zone.api.*;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A zone's creation under dynamic management over HTTP: the comparison of all zones with the national goal, the
 * batch recommendations, each zone's status steps, task list and indicator values with their questions. Thin:
 * requests become commands and queries; the command pipeline and the {@code Zone} aggregate decide, and the
 * controller advice answers refusals as RFC 9457 problems (400 with {@code invalidFields}, 403, 404, 409). Every
 * write answers the zone's version once the read model shows it.
 */
@RestController
@Validated
@Tag(name = "Zone creation", description = "Creation status, batches, task lists and indicator monitoring of the "
        + "pilot and demonstration zones")
class ZoneCreationController {

    private static final long TIMEOUT_SECONDS = 10;
    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String ZONE_BATCH = "ZoneBatch";

    private final CommandGateway commands;
    private final QueryGateway queries;

    ZoneCreationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @GetMapping("/api/zones/comparison")
    @Operation(summary = "All zones side by side (status, indicators against targets, task progress) and the "
            + "province's progress toward at least 3 national-level zones by 2025")
    ZoneComparison comparison(@RequestParam(required = false) ZoneKind kind,
                              @RequestParam(required = false) ZoneCreationStatus status,
                              @Parameter(description = "only zones with an indicator off track or missed")
                              @RequestParam(defaultValue = "false") boolean offTrackOnly,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) throws Exception {
        return queries.query(new FindZoneComparisonQuery(kind, status, offTrackOnly, page * size, size),
                ResponseTypes.instanceOf(ZoneComparison.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/api/zones/{id}/monitoring")
    @Operation(summary = "A zone's creation status, indicators (targets, reported values, questions, track) and tasks")
    ZoneMonitoringView monitoring(@PathVariable UUID id) throws Exception {
        return monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
    }

    @GetMapping("/api/zones/{id}/clusters")
    @Operation(summary = "The clusters whose center or key cities lie in the zone's city")
    ClusterPage clusters(@PathVariable UUID id) throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        return queries.query(new FindClustersQuery(null, zone.city(), null, false, 0, 100),
                ResponseTypes.instanceOf(ClusterPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/api/zone-batches")
    @Operation(summary = "Batch recommendations for national creation, newest first")
    ZoneBatchPage batches(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        return queries.query(new FindZoneBatchesQuery(page * size, size), ResponseTypes.instanceOf(ZoneBatchPage.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/api/zone-batches/{id}/history")
    @Operation(summary = "The batch's own history (its recommendation, with who and when)")
    AggregateHistory batchHistory(@PathVariable UUID id) throws Exception {
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(id.toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (!ZONE_BATCH.equals(history.aggregateType())) {
            throw new AggregateNotFoundException(id.toString(), "no such batch");
        }
        return history;
    }

    // ---- creation status (supervisor) ----------------------------------------------------------------------------

    @PostMapping("/api/zone-batches")
    @Operation(summary = "Recommend several zones at once for national creation, with the batch's reasons "
            + "(supervisor); all or none; 201 with Location")
    ResponseEntity<ZoneBatchCreatedResponse> recommend(@RequestBody ZoneBatchRequest request) throws Exception {
        ZoneBatchId batchId = ZoneBatchId.create();
        List<ZoneId> zoneIds = request.zoneIds() == null ? null
                : request.zoneIds().stream().map(id -> id == null ? null : new ZoneId(id)).toList();
        commands.sendAndWait(new RecommendZoneBatchCommand(batchId, request.name(), zoneIds, request.reasons()),
                TIMEOUT_SECONDS, SECONDS);
        return ResponseEntity.created(URI.create("/api/zone-batches/" + batchId + "/history"))
                .body(new ZoneBatchCreatedResponse(batchId));
    }

    @PostMapping("/api/zones/{id}/status/national-creation")
    @Operation(summary = "The recommended zone takes part in national creation (supervisor)")
    ZoneVersionResponse startNationalCreation(@PathVariable UUID id, @RequestBody NoteRequest request)
            throws Exception {
        return send(id, new StartZoneNationalCreationCommand(new ZoneId(id), request.note()));
    }

    @PostMapping("/api/zones/{id}/status/created")
    @Operation(summary = "The zone was created at national level (supervisor)")
    ZoneVersionResponse createdNationally(@PathVariable UUID id, @RequestBody CreatedNationallyRequest request)
            throws Exception {
        return send(id, new RecordZoneCreatedNationallyCommand(new ZoneId(id), request.createdOn(), request.note()));
    }

    @PostMapping("/api/zones/{id}/status/not-selected")
    @Operation(summary = "The zone was not selected, with the reason (supervisor)")
    ZoneVersionResponse notSelected(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        return send(id, new RecordZoneNotSelectedCommand(new ZoneId(id), request.reason()));
    }

    @PostMapping("/api/zones/{id}/status/reapplied")
    @Operation(summary = "A zone not selected applies again (supervisor)")
    ZoneVersionResponse reapplied(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        return send(id, new ReapplyZoneCommand(new ZoneId(id), request.reason()));
    }

    // ---- task list (coordinator of the zone's city, or a supervisor) --------------------------------------------

    @PostMapping("/api/zones/{id}/tasks")
    @Operation(summary = "Add a task to the zone's creation task list; 201")
    ResponseEntity<PartCreatedResponse> addTask(@PathVariable UUID id, @RequestBody ZoneTaskRequest request)
            throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        String taskId = UUID.randomUUID().toString();
        ZoneVersionResponse version = send(zone, new AddZoneTaskCommand(zone.zoneId(), zone.city(), taskId,
                request.title(), request.ownerOrganizations(), request.startDate(), request.dueDate()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PartCreatedResponse(taskId, version.version()));
    }

    @PutMapping("/api/zones/{id}/tasks/{taskId}")
    @Operation(summary = "Revise a task's title, owners and dates")
    ZoneVersionResponse reviseTask(@PathVariable UUID id, @PathVariable String taskId,
                                   @RequestBody ZoneTaskRequest request) throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        return send(zone, new ReviseZoneTaskCommand(zone.zoneId(), zone.city(), taskId, request.title(),
                request.ownerOrganizations(), request.startDate(), request.dueDate()));
    }

    @PostMapping("/api/zones/{id}/tasks/{taskId}/progress")
    @Operation(summary = "Report a task's progress (0..100 %) and what was done")
    ZoneVersionResponse taskProgress(@PathVariable UUID id, @PathVariable String taskId,
                                     @RequestBody TaskProgressRequest request) throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        return send(zone, new ReportZoneTaskProgressCommand(zone.zoneId(), zone.city(), taskId,
                request.percentDone(), request.note()));
    }

    @PostMapping("/api/zones/{id}/tasks/{taskId}/removal")
    @Operation(summary = "Remove a task, with the reason")
    ZoneVersionResponse removeTask(@PathVariable UUID id, @PathVariable String taskId,
                                   @RequestBody ReasonRequest request) throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        return send(zone, new RemoveZoneTaskCommand(zone.zoneId(), zone.city(), taskId, request.reason()));
    }

    // ---- indicator values -----------------------------------------------------------------------------------------

    @PostMapping("/api/zones/{id}/indicator-reports")
    @Operation(summary = "Report an indicator's value for a quarter or year with its source (coordinator of the "
            + "zone's city); 201")
    ResponseEntity<PartCreatedResponse> report(@PathVariable UUID id, @RequestBody IndicatorReportRequest request)
            throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        String reportId = UUID.randomUUID().toString();
        ZoneVersionResponse version = send(zone, new ReportZoneIndicatorValueCommand(zone.zoneId(), zone.city(),
                reportId, request.indicator(), request.period(), request.value(), request.source()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PartCreatedResponse(reportId, version.version()));
    }

    @PostMapping("/api/zones/{id}/indicator-reports/{reportId}/question")
    @Operation(summary = "Question a reported value (supervisor)")
    ZoneVersionResponse question(@PathVariable UUID id, @PathVariable String reportId,
                                 @RequestBody QuestionRequest request) throws Exception {
        return send(id, new QuestionZoneIndicatorValueCommand(new ZoneId(id), reportId, request.question()));
    }

    @PostMapping("/api/zones/{id}/indicator-reports/{reportId}/answer")
    @Operation(summary = "Answer the open question on a value, optionally correcting it (coordinator of the zone's "
            + "city)")
    ZoneVersionResponse answer(@PathVariable UUID id, @PathVariable String reportId,
                               @RequestBody AnswerRequest request) throws Exception {
        ZoneMonitoringView zone = monitoring(new FindZoneMonitoringQuery(new ZoneId(id)));
        return send(zone, new AnswerZoneIndicatorQuestionCommand(zone.zoneId(), zone.city(), reportId,
                request.answer(), request.correctedValue(), request.correctedSource()));
    }

    @PostMapping("/api/zones/{id}/indicator-reports/{reportId}/acceptance")
    @Operation(summary = "Accept a reported value (supervisor)")
    ZoneVersionResponse accept(@PathVariable UUID id, @PathVariable String reportId,
                               @RequestBody(required = false) NoteRequest request) throws Exception {
        return send(id, new AcceptZoneIndicatorValueCommand(new ZoneId(id), reportId,
                request == null ? null : request.note()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private ZoneVersionResponse send(UUID id, Object command) throws Exception {
        return send(monitoring(new FindZoneMonitoringQuery(new ZoneId(id))), command);
    }

    /** Sends, then answers the version the read model shows once it includes the change. */
    private ZoneVersionResponse send(ZoneMonitoringView before, Object command) throws Exception {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
        return new ZoneVersionResponse(monitoring(new FindZoneMonitoringQuery(before.zoneId(),
                before.version() + 1)).version());
    }

    private ZoneMonitoringView monitoring(FindZoneMonitoringQuery query) throws Exception {
        Optional<ZoneMonitoringView> view = queries.query(query,
                ResponseTypes.optionalInstanceOf(ZoneMonitoringView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return view.orElseThrow(() -> new AggregateNotFoundException(query.zoneId().toString(), "zone not found"));
    }
}
