package org.clusterhub.supervision.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.EvidenceBundle;
import org.clusterhub.supervision.api.ExportEvidenceQuery;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.VerifyEventStoreQuery;
import org.clusterhub.supervision.api.VerifyHistoryQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks stored histories against their hash chains (ADR 013): one aggregate, or the whole event store. For
 * supervisors: the answer names aggregates and events of every cluster.
 */
@RestController
@RequestMapping("/api/supervision/integrity")
@Tag(name = "Integrity", description = "Tamper evidence: every event is hash-chained to its aggregate's previous one")
class IntegrityController {

    private static final long STORE_TIMEOUT_SECONDS = 600;
    private static final long TIMEOUT_SECONDS = 30;

    private final QueryGateway queries;
    private final CurrentActor currentActor;

    IntegrityController(QueryGateway queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @GetMapping("/{aggregateId}")
    @Operation(summary = "Verify one aggregate's history: altered, missing or unchained events")
    HistoryVerification verifyHistory(@PathVariable UUID aggregateId) throws Exception {
        requireSupervisor("VerifyHistoryQuery");
        HistoryVerification verification = queries.query(new VerifyHistoryQuery(aggregateId.toString()),
                ResponseTypes.instanceOf(HistoryVerification.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (verification.eventsChecked() == 0 && verification.intact()) {
            throw new AggregateNotFoundException(aggregateId.toString(), "no stored events");
        }
        return verification;
    }

    @GetMapping(value = "/{aggregateId}/evidence", produces = "application/x-ndjson")
    @Operation(summary = "Evidence bundle: the stored events with their hashes as NDJSON, verifiable offline with "
            + "java VerifyEvidence.java (see README)")
    ResponseEntity<String> evidence(@PathVariable UUID aggregateId) throws Exception {
        Actor actor = requireSupervisor("ExportEvidenceQuery");
        EvidenceBundle bundle = queries.query(new ExportEvidenceQuery(aggregateId.toString(), actor.username()),
                ResponseTypes.instanceOf(EvidenceBundle.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (bundle.events() == 0) {
            throw new AggregateNotFoundException(aggregateId.toString(), "no stored events");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("evidence-" + aggregateId + ".ndjson").build().toString())
                .body(bundle.ndjson());
    }

    @PostMapping("/verification")
    @Operation(summary = "Verify every stored event of every aggregate (takes seconds per million events)")
    HistoryVerification verifyStore() throws Exception {
        requireSupervisor("VerifyEventStoreQuery");
        return queries.query(new VerifyEventStoreQuery(UUID.randomUUID().toString()),
                        ResponseTypes.instanceOf(HistoryVerification.class))
                .get(STORE_TIMEOUT_SECONDS, SECONDS);
    }

    private Actor requireSupervisor(String what) {
        Actor actor = currentActor.require();
        if (!actor.isSupervisor()) {
            throw new AccessRefused(what, actor.username());
        }
        return actor;
    }
}
