package org.clusterhub.supervision.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
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
import org.clusterhub.supervision.api.CompareReplayPointsQuery;
import org.clusterhub.supervision.api.FindReplayAccessesQuery;
import org.clusterhub.supervision.api.FindReplayQuery;
import org.clusterhub.supervision.api.FindReplayStateQuery;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.supervision.api.ReplayAccessPage;
import org.clusterhub.supervision.api.ReplayComparison;
import org.clusterhub.supervision.api.ReplayState;
import org.clusterhub.supervision.api.ReplayTimeline;
import org.clusterhub.supervision.api.VerifyHistoryQuery;
import org.clusterhub.supervision.export.ReplayExport;
import org.clusterhub.supervision.export.ReplayLabels;
import org.clusterhub.supervision.export.ReplayReport;
import org.clusterhub.supervision.export.ReplayWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The replay of any aggregate (ADR 017): its timeline, its state at any point rebuilt from its events, comparisons,
 * and PDF and Excel exports. For supervisors and, read-only, the promotion staff of the aggregate's cluster; every
 * opening and every export is recorded (who, what, when, which point, which format) before anything is answered.
 */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "Replay", description = "Any aggregate's history replayed to any point (历史回放), with exports and an access record")
class ReplayController {

    private static final long TIMEOUT_SECONDS = 30;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ReplayController(QueryGateway queries, CommandGateway commands, CurrentActor currentActor,
                     MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/replay/{aggregateId}")
    @Operation(summary = "The timeline and the aggregate as it was right after event `at` (default: the last); "
            + "recorded as an access")
    ReplayResponse replay(@PathVariable UUID aggregateId, @RequestParam(required = false) Long at) throws Exception {
        Actor actor = currentActor.require();
        ReplayTimeline timeline = timeline(aggregateId, actor);
        ReplayState state = state(timeline, at, actor);
        record(timeline, state, ReplayAccessAction.OPENED);
        return new ReplayResponse(timeline, state);
    }

    @GetMapping("/replay/{aggregateId}/comparison")
    @Operation(summary = "What changed between two points, field by field")
    ReplayComparison compare(@PathVariable UUID aggregateId, @RequestParam long from, @RequestParam long to)
            throws Exception {
        Actor actor = currentActor.require();
        timeline(aggregateId, actor);
        return queries.query(new CompareReplayPointsQuery(aggregateId.toString(), from, to, actor),
                ResponseTypes.instanceOf(ReplayComparison.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping(value = "/replay/{aggregateId}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The replay at point `at` as a PDF report (state, timeline with hashes, chain check); "
            + "recorded as an access")
    ResponseEntity<byte[]> pdf(@PathVariable UUID aggregateId, @RequestParam(required = false) Long at)
            throws Exception {
        ReplayExport export = export(aggregateId, at, ReplayAccessAction.EXPORTED_PDF);
        return file(ReplayReport.write(export), MediaType.APPLICATION_PDF, aggregateId, export, "pdf");
    }

    @GetMapping(value = "/replay/{aggregateId}/export.xlsx", produces = XLSX)
    @Operation(summary = "The replay at point `at` as an Excel workbook (timeline and state sheets); recorded as an "
            + "access")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID aggregateId, @RequestParam(required = false) Long at)
            throws Exception {
        ReplayExport export = export(aggregateId, at, ReplayAccessAction.EXPORTED_XLSX);
        return file(ReplayWorkbook.write(export), MediaType.parseMediaType(XLSX), aggregateId, export, "xlsx");
    }

    @GetMapping("/replay/{aggregateId}/accesses")
    @Operation(summary = "Who opened or exported this aggregate's replay, newest first (supervisors)")
    ReplayAccessPage accessesOf(@PathVariable UUID aggregateId, @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) throws Exception {
        requireSupervisor("FindReplayAccessesQuery");
        return accesses(new FindReplayAccessesQuery(aggregateId.toString(), null, null, null, offset, limit));
    }

    @GetMapping("/replay-accesses")
    @Operation(summary = "Recent replay accesses with filters and paging (supervisors)")
    ReplayAccessPage accesses(@RequestParam(required = false) String username,
                              @RequestParam(required = false) String aggregateType,
                              @RequestParam(required = false) ReplayAccessAction action,
                              @RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "50") int limit) throws Exception {
        requireSupervisor("FindReplayAccessesQuery");
        return accesses(new FindReplayAccessesQuery(null, username, aggregateType, action, offset, limit));
    }

    private ReplayAccessPage accesses(FindReplayAccessesQuery query) throws Exception {
        return queries.query(query, ResponseTypes.instanceOf(ReplayAccessPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    private ReplayExport export(UUID aggregateId, Long at, ReplayAccessAction action) throws Exception {
        Actor actor = currentActor.require();
        ReplayTimeline timeline = timeline(aggregateId, actor);
        ReplayState state = state(timeline, at, actor);
        record(timeline, state, action);
        HistoryVerification chain = queries.query(new VerifyHistoryQuery(aggregateId.toString()),
                ResponseTypes.instanceOf(HistoryVerification.class)).get(TIMEOUT_SECONDS, SECONDS);
        Locale locale = LocaleContextHolder.getLocale();
        ReplayLabels labels = (key, arguments) -> messages.getMessage(key, arguments, null, locale);
        return new ReplayExport(timeline, state, chain, actor.displayName(), Instant.now(), labels);
    }

    /** The timeline, if the aggregate exists and the actor may replay it: 404 or 403 otherwise. */
    private ReplayTimeline timeline(UUID aggregateId, Actor actor) throws Exception {
        ReplayTimeline timeline = queries.query(new FindReplayQuery(aggregateId.toString()),
                        ResponseTypes.optionalInstanceOf(ReplayTimeline.class)).get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(aggregateId.toString(), "no stored events"));
        if (!timeline.mayBeOpenedBy(actor)) {
            throw new AccessRefused("FindReplayQuery", actor.username());
        }
        return timeline;
    }

    private ReplayState state(ReplayTimeline timeline, Long at, Actor actor) throws Exception {
        long point = at == null ? timeline.lastSequence() : at;
        if (point < 0 || point > timeline.lastSequence()) {
            throw new IllegalArgumentException("at must be between 0 and " + timeline.lastSequence());
        }
        return queries.query(new FindReplayStateQuery(timeline.aggregateId(), point, actor),
                        ResponseTypes.optionalInstanceOf(ReplayState.class)).get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(timeline.aggregateId(), "no stored events"));
    }

    /** Nothing is answered unless the access is on record first. */
    private void record(ReplayTimeline timeline, ReplayState state, ReplayAccessAction action) {
        Actor actor = currentActor.require();
        LocalDate day = LocalDate.now(ReportingPeriod.SHANGHAI);
        commands.sendAndWait(new RecordReplayAccessCommand(AccessLogId.forPersonAndDay(actor.username(), day), day,
                timeline.aggregateId(), timeline.aggregateType(), state.title(), timeline.owningClusterId(), action,
                state.sequenceNumber()), TIMEOUT_SECONDS, SECONDS);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, UUID aggregateId, ReplayExport export,
                                               String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("replay-" + aggregateId + "-" + export.state().sequenceNumber() + "." + extension)
                        .build().toString())
                .body(body);
    }

    private void requireSupervisor(String what) {
        Actor actor = currentActor.require();
        if (!actor.isSupervisor()) {
            throw new AccessRefused(what, actor.username());
        }
    }
}
