package org.clusterhub.supervision.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.supervision.api.AccessLogId;
import org.clusterhub.supervision.api.CorrelatedEvents;
import org.clusterhub.supervision.api.FindCorrelationQuery;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.Provenance;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything one user action caused, and where an aggregate came from and what it led to (ADR 018). Same audience as
 * replays: supervisors, and, read-only, the promotion staff of the aggregates' cluster; every opening is recorded in
 * the viewer's access log before anything is answered.
 */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "Provenance", description = "Every event of one user action across aggregates (关联追溯), and an "
        + "aggregate's provenance (来龙去脉)")
class ProvenanceController {

    private static final long TIMEOUT_SECONDS = 30;
    static final String CORRELATION = "Correlation";

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentActor currentActor;

    ProvenanceController(QueryGateway queries, CommandGateway commands, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.currentActor = currentActor;
    }

    @GetMapping("/correlations/{correlationId}")
    @Operation(summary = "Every stored event caused by one user action (its trace id), across all aggregates, in "
            + "store order; promotion staff see their clusters' aggregates only. Recorded as an access")
    CorrelatedEvents correlation(@PathVariable UUID correlationId) throws Exception {
        Actor actor = currentActor.require();
        CorrelatedEvents all = queries.query(new FindCorrelationQuery(correlationId.toString()),
                        ResponseTypes.optionalInstanceOf(CorrelatedEvents.class)).get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(correlationId.toString(), "no stored events"));
        CorrelatedEvents visible = all.visibleTo(actor);
        if (visible.events().isEmpty()) {
            throw new AccessRefused("FindCorrelationQuery", actor.username());
        }
        record(correlationId.toString(), CORRELATION, null,
                actor.isSupervisor() ? null : visible.events().get(0).owningClusterId(),
                ReplayAccessAction.CORRELATION_OPENED);
        return visible;
    }

    @GetMapping("/provenance/{aggregateId}")
    @Operation(summary = "The aggregates this one came from and led to, as two trees (meeting → consortium → bid → "
            + "project → grant, and actions that changed several at once). Recorded as an access")
    Provenance provenance(@PathVariable UUID aggregateId) throws Exception {
        Actor actor = currentActor.require();
        Provenance provenance = queries.query(new FindProvenanceQuery(aggregateId.toString()),
                        ResponseTypes.optionalInstanceOf(Provenance.class)).get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(aggregateId.toString(), "no stored events"));
        if (!provenance.root().mayBeOpenedBy(actor)) {
            throw new AccessRefused("FindProvenanceQuery", actor.username());
        }
        record(aggregateId.toString(), provenance.root().aggregateType(), provenance.root().name(),
                provenance.root().owningClusterId(), ReplayAccessAction.PROVENANCE_OPENED);
        return provenance;
    }

    /** Nothing is answered unless the access is on record first. */
    private void record(String viewedId, String type, String title, String owningClusterId,
                        ReplayAccessAction action) {
        Actor actor = currentActor.require();
        LocalDate day = LocalDate.now(ReportingPeriod.SHANGHAI);
        commands.sendAndWait(new RecordReplayAccessCommand(AccessLogId.forPersonAndDay(actor.username(), day), day,
                viewedId, type, title, owningClusterId, action, null), TIMEOUT_SECONDS, SECONDS);
    }
}
