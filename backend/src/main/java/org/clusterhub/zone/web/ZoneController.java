package org.clusterhub.zone.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.FindZonesQuery;
import org.clusterhub.zone.api.RegisterZoneCommand;
import org.clusterhub.zone.api.ReviseZoneAimsCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZonePage;
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
 * The zones over HTTP. Thin: requests become commands and queries; validation, authorization and rule violations
 * are answered as problem responses by the project's controller advice.
 */
@RestController
@RequestMapping("/api/zones")
@Tag(name = "Zones", description = "Manufacturing high-quality-development pilot and demonstration zones (试验区 / 示范区)")
class ZoneController {

    private static final long TIMEOUT_SECONDS = 10;
    private static final int MAX_PAGE_SIZE = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;

    ZoneController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List zones in the plan's order, filtered by text, city and kind")
    ZonePage list(@Parameter(description = "matched against names, aims, key tasks and indicators, ignoring case")
                  @RequestParam(required = false) String text,
                  @RequestParam(required = false) City city,
                  @RequestParam(required = false) ZoneKind kind,
                  @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
                  @Parameter(description = "page size, 1..100") @RequestParam(defaultValue = "20") int size)
            throws Exception {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        return queries.query(new FindZonesQuery(text, city, kind, page * size, size),
                ResponseTypes.instanceOf(ZonePage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One zone with its aims, key tasks and targets")
    ZoneDetails get(@PathVariable UUID id) throws Exception {
        return find(new FindZoneQuery(new ZoneId(id)));
    }

    @PostMapping
    @Operation(summary = "Register a zone (supervisor)")
    ResponseEntity<ZoneCreatedResponse> register(@RequestBody RegisterZoneRequest request) throws Exception {
        ZoneId zoneId = ZoneId.create();
        commands.sendAndWait(new RegisterZoneCommand(zoneId, request.planNumber(), request.code(), request.nameZh(),
                request.nameEn(), request.city(), request.kind(), request.aimsZh(), request.aimsEn(),
                request.keyTasks(), request.targets()), TIMEOUT_SECONDS, SECONDS);
        // Wait (briefly) for the read model, so that the Location answers at once.
        queries.query(new FindZoneQuery(zoneId, 0), ResponseTypes.optionalInstanceOf(ZoneDetails.class))
                .get(TIMEOUT_SECONDS, SECONDS);
        return ResponseEntity.created(URI.create("/api/zones/" + zoneId)).body(new ZoneCreatedResponse(zoneId));
    }

    @PostMapping("/{id}/aims")
    @Operation(summary = "Revise a zone's aims and key tasks (supervisor or the coordinator of the zone's city)")
    ZoneVersionResponse reviseAims(@PathVariable UUID id, @RequestBody ReviseZoneAimsRequest request)
            throws Exception {
        ZoneDetails current = find(new FindZoneQuery(new ZoneId(id)));
        // A field left out keeps its current value (send "" to clear the English aims).
        commands.sendAndWait(new ReviseZoneAimsCommand(current.zoneId(), current.city(),
                request.aimsZh() != null ? request.aimsZh() : current.aimsZh(),
                request.aimsEn() != null ? request.aimsEn() : current.aimsEn(),
                request.keyTasks() != null ? request.keyTasks() : current.keyTasks(),
                request.reason(), request.expectedVersion()),
                TIMEOUT_SECONDS, SECONDS);
        return versionAfter(current, request.expectedVersion());
    }

    @PutMapping("/{id}/targets")
    @Operation(summary = "Replace a zone's quantified targets (supervisor or the coordinator of the zone's city)")
    ZoneVersionResponse setTargets(@PathVariable UUID id, @RequestBody SetZoneTargetsRequest request)
            throws Exception {
        ZoneDetails current = find(new FindZoneQuery(new ZoneId(id)));
        commands.sendAndWait(new SetZoneTargetsCommand(current.zoneId(), current.city(), request.targets(),
                request.reason(), request.expectedVersion()), TIMEOUT_SECONDS, SECONDS);
        return versionAfter(current, request.expectedVersion());
    }

    /**
     * The change is at least one past what the caller or the read model saw before; report the version the read
     * model shows once it has caught up with that.
     */
    private ZoneVersionResponse versionAfter(ZoneDetails before, Long expectedVersion) throws Exception {
        long atLeast = Math.max(before.version(), expectedVersion == null ? -1 : expectedVersion) + 1;
        return new ZoneVersionResponse(find(new FindZoneQuery(before.zoneId(), atLeast)).version());
    }

    private ZoneDetails find(FindZoneQuery query) throws Exception {
        Optional<ZoneDetails> details = queries.query(query, ResponseTypes.optionalInstanceOf(ZoneDetails.class))
                .get(TIMEOUT_SECONDS, SECONDS);
        return details.orElseThrow(() -> new AggregateNotFoundException(query.zoneId().toString(), "zone not found"));
    }
}
