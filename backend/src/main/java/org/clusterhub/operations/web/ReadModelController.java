package org.clusterhub.operations.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.operations.api.FindReadModelRebuildsQuery;
import org.clusterhub.operations.api.FindReadModelsQuery;
import org.clusterhub.operations.api.ReadModelOverview;
import org.clusterhub.operations.api.ReadModelRebuildPage;
import org.clusterhub.operations.api.StartReadModelRebuildCommand;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read models and their rebuilds (ADR 019), for supervisors: the processors with position and lag and the run in
 * progress on this node, a rebuild started (202: it runs in the background, the old read model serving meanwhile),
 * and the history of rebuilds. Refusals are RFC 9457 problems: 403 for others, 409 for a read model that may not be
 * rebuilt, is unknown, or is being rebuilt.
 *
 * @see <a href="../../../../../../../../docs/decisions/019-rebuilding-read-models.md">ADR 019</a>
 */
@RestController
@RequestMapping("/api/operations/read-models")
@Tag(name = "Read models", description = "Rebuild any read model from the event store without blank screens")
class ReadModelController {

    private static final long TIMEOUT_SECONDS = 10;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentActor currentActor;

    ReadModelController(CommandGateway commands, QueryGateway queries, CurrentActor currentActor) {
        this.commands = commands;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "Every read model with its position, lag, whether it may be rebuilt, and a running rebuild")
    ReadModelOverview list() throws Exception {
        requireSupervisor("FindReadModelsQuery");
        return queries.query(new FindReadModelsQuery(), ResponseTypes.instanceOf(ReadModelOverview.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    @PostMapping("/{processor}/rebuilds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild one read model from the event store; the old one serves until the new one has "
            + "caught up")
    RebuildStartedResponse rebuild(@PathVariable String processor) throws Exception {
        StartReadModelRebuildCommand command = StartReadModelRebuildCommand.of(processor);
        commands.send(command).get(TIMEOUT_SECONDS, SECONDS);
        return new RebuildStartedResponse(processor, command.runId());
    }

    @GetMapping("/rebuilds")
    @Operation(summary = "Past and running rebuilds, newest first, paged; optionally of one read model")
    ReadModelRebuildPage history(@RequestParam(required = false) String processor,
                                 @Parameter(description = "0-based page number")
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                 @Parameter(description = "page size, 1..100")
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) throws Exception {
        requireSupervisor("FindReadModelRebuildsQuery");
        return queries.query(new FindReadModelRebuildsQuery(processor, page * size, size),
                ResponseTypes.instanceOf(ReadModelRebuildPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    private Actor requireSupervisor(String what) {
        Actor actor = currentActor.require();
        if (!actor.isSupervisor()) {
            throw new AccessRefused(what, actor.username());
        }
        return actor;
    }
}
