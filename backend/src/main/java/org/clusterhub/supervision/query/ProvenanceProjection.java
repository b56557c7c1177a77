package org.clusterhub.supervision.query;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.SealedFields;
import org.clusterhub.supervision.api.CorrelationEntry;
import org.clusterhub.supervision.api.CorrelatedEvents;
import org.clusterhub.supervision.api.FindCorrelationQuery;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.Provenance;
import org.clusterhub.supervision.api.ProvenanceBranch;
import org.clusterhub.supervision.api.ProvenanceLinkKind;
import org.clusterhub.supervision.api.ProvenanceNode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Provenance and correlation (ADR 018): an index of where each user action's events are stored, the aggregates'
 * names, and the links by which one aggregate led to another, so that the views can follow them both ways. The events
 * the views show are read from the event store; these documents only say where to look.
 * <p>
 * Like {@link OrganizationActivityProjection}, it reads the other contexts' events as the data they are, by type name
 * and field: those contexts use supervision's api, so a typed dependency back would make a cycle (ADR 015).
 *
 * @see <a href="../../../../../../../../docs/decisions/018-provenance.md">ADR 018</a>
 */
@Component
@ProcessingGroup("provenance")
class ProvenanceProjection {

    /** How far a provenance tree follows links in one direction, and how many aggregates it shows at most. */
    private static final int MAX_DEPTH = 8;
    private static final int MAX_NODES = 200;
    private static final List<String> NAME_FIELDS = List.of("title", "name", "nameZh");

    private final MongoTemplate mongo;
    private final EventStore eventStore;
    private final ObjectMapper json;
    private final Map<String, BiConsumer<JsonNode, DomainEventMessage<?>>> links = new HashMap<>();

    ProvenanceProjection(MongoTemplate mongo, EventStore eventStore, ObjectMapper json) {
        this.mongo = mongo;
        this.eventStore = eventStore;
        this.json = json;
        links.put("ConsortiumProposedEvent", (f, e) -> link(text(f.path("origin"), "activityId"),
                e.getAggregateIdentifier(), ProvenanceLinkKind.MEETING_LED_TO_CONSORTIUM,
                text(f.path("origin"), "meetingId"), e));
        links.put("BidSubmittedEvent", (f, e) -> link(text(f.path("consortium"), "consortiumId"),
                e.getAggregateIdentifier(), ProvenanceLinkKind.CONSORTIUM_BID_ON_CHALLENGE, text(f, "bidId"), e));
        links.put("ProjectDraftedEvent", (f, e) -> link(text(f.path("origin"), "challengeId"),
                e.getAggregateIdentifier(), ProvenanceLinkKind.WINNING_BID_FOLLOWED_BY_PROJECT,
                text(f.path("origin"), "bidId"), e));
        links.put("GrantAwardedEvent", (f, e) -> link(text(f, "projectId"), e.getAggregateIdentifier(),
                ProvenanceLinkKind.PROJECT_GRANTED_BY_PROGRAMME, text(f, "grantId"), e));
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event) || event.getType() == null) {
            return;
        }
        JsonNode fields = json.valueToTree(payload);
        if (event.getSequenceNumber() == 0) {
            learn(event, fields);
        }
        BiConsumer<JsonNode, DomainEventMessage<?>> rule = links.get(event.getPayloadType().getSimpleName());
        if (rule != null) {
            rule.accept(fields, event);
        }
        if (message instanceof TrackedEventMessage<?> tracked) {
            tracked.trackingToken().position().ifPresent(position -> index(event, position));
        }
    }

    /** The aggregate's type, name and cluster, from its first event. */
    private void learn(DomainEventMessage<?> event, JsonNode fields) {
        ProvenanceNodeDocument node = new ProvenanceNodeDocument();
        node.id = event.getAggregateIdentifier();
        node.type = event.getType();
        node.name = NAME_FIELDS.stream().map(name -> text(fields, name)).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
        node.clusterId = "Cluster".equals(event.getType()) ? event.getAggregateIdentifier() : text(fields, "clusterId");
        mongo.save(node);
    }

    /** Files the event under its user action; an action reaching a second aggregate links the first to it. */
    private void index(DomainEventMessage<?> event, long globalIndex) {
        MetaData meta = event.getMetaData();
        String trace = text(meta, MetaDataKeys.TRACE_ID);
        if (trace == null) {
            trace = text(meta, MetaDataKeys.CORRELATION_ID);
        }
        if (trace == null) {
            return;
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("globalIndex", globalIndex);
        ref.put("aggregateId", event.getAggregateIdentifier());
        ref.put("sequenceNumber", event.getSequenceNumber());
        CorrelationTraceDocument action = mongo.findAndModify(query(where("_id").is(trace)),
                new Update().setOnInsert("firstAggregateId", event.getAggregateIdentifier())
                        .addToSet("events", new org.bson.Document(ref)),
                options().upsert(true).returnNew(true), CorrelationTraceDocument.class);
        if (action != null && !event.getAggregateIdentifier().equals(action.firstAggregateId)) {
            link(action.firstAggregateId, event.getAggregateIdentifier(), ProvenanceLinkKind.SAME_ACTION, trace,
                    event);
        }
    }

    private void link(String from, String to, ProvenanceLinkKind kind, String detail, DomainEventMessage<?> event) {
        if (from == null || from.isBlank() || from.equals(to)) {
            return;
        }
        String id = kind + ":" + from + ":" + to + ":" + detail;
        // The first event that made the link names it; a redelivery or a later one changes nothing.
        mongo.upsert(query(where("_id").is(id)), new Update().setOnInsert("fromId", from).setOnInsert("toId", to)
                .setOnInsert("kind", kind).setOnInsert("detail", detail).setOnInsert("at", event.getTimestamp())
                .setOnInsert("viaAggregateId", event.getAggregateIdentifier())
                .setOnInsert("viaSequence", event.getSequenceNumber()), ProvenanceLinkDocument.class);
    }

    @QueryHandler
    Optional<Provenance> handle(FindProvenanceQuery query) {
        ProvenanceNode root = node(query.aggregateId());
        if (root == null) {
            return Optional.empty();
        }
        Map<String, ProvenanceNode> nodes = new HashMap<>();
        nodes.put(root.aggregateId(), root);
        Set<String> seen = new HashSet<>(Set.of(root.aggregateId()));
        List<ProvenanceBranch> cameFrom = branches(root.aggregateId(), true, seen, nodes, 1);
        seen = new HashSet<>(Set.of(root.aggregateId()));
        List<ProvenanceBranch> ledTo = branches(root.aggregateId(), false, seen, nodes, 1);
        return Optional.of(new Provenance(root, cameFrom, ledTo));
    }

    /**
     * The links into ({@code back}) or out of an aggregate, each followed further in the same direction; an aggregate
     * shows once per tree (the earliest link to it), which also stops cycles.
     */
    private List<ProvenanceBranch> branches(String id, boolean back, Set<String> seen,
                                            Map<String, ProvenanceNode> nodes, int depth) {
        if (depth > MAX_DEPTH) {
            return List.of();
        }
        List<ProvenanceLinkDocument> found = new ArrayList<>(mongo.find(query(where(back ? "toId" : "fromId").is(id)),
                ProvenanceLinkDocument.class));
        found.sort(Comparator.comparing((ProvenanceLinkDocument l) -> l.at).thenComparing(l -> l.id));
        List<ProvenanceLinkDocument> taken = new ArrayList<>();
        for (ProvenanceLinkDocument link : found) {
            String other = back ? link.fromId : link.toId;
            if (seen.size() < MAX_NODES && seen.add(other)) {
                taken.add(link);
            }
        }
        List<ProvenanceBranch> branches = new ArrayList<>();
        for (ProvenanceLinkDocument link : taken) {
            String other = back ? link.fromId : link.toId;
            ProvenanceNode node = nodes.computeIfAbsent(other, this::node);
            if (node == null) {
                continue;
            }
            branches.add(new ProvenanceBranch(node, link.kind, link.detail, link.at, link.viaAggregateId,
                    link.viaSequence, branches(other, back, seen, nodes, depth + 1)));
        }
        return branches;
    }

    /** The links into or out of one aggregate recorded at or before {@code until}, for the replay's related links. */
    List<ProvenanceBranch> directLinks(String aggregateId, Instant until) {
        List<ProvenanceBranch> direct = new ArrayList<>();
        for (boolean back : List.of(true, false)) {
            for (ProvenanceLinkDocument link : mongo.find(query(where(back ? "toId" : "fromId").is(aggregateId)),
                    ProvenanceLinkDocument.class)) {
                if (link.at != null && !link.at.isAfter(until)) {
                    ProvenanceNode node = node(back ? link.fromId : link.toId);
                    if (node != null) {
                        direct.add(new ProvenanceBranch(node, link.kind, link.detail, link.at, link.viaAggregateId,
                                link.viaSequence, List.of()));
                    }
                }
            }
        }
        direct.sort(Comparator.comparing(ProvenanceBranch::at));
        return direct;
    }

    @QueryHandler
    Optional<CorrelatedEvents> handle(FindCorrelationQuery query) {
        CorrelationTraceDocument action = mongo.findById(query.correlationId(), CorrelationTraceDocument.class);
        if (action == null || action.events.isEmpty()) {
            return Optional.empty();
        }
        // Where each aggregate's events of the action are: read each aggregate's stretch once, from the store.
        Map<String, TreeMap<Long, Long>> wanted = new LinkedHashMap<>();
        for (CorrelationTraceDocument.EventRef ref : action.events) {
            wanted.computeIfAbsent(ref.aggregateId, a -> new TreeMap<>()).put(ref.sequenceNumber, ref.globalIndex);
        }
        List<CorrelationEntry> events = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Long, Long>> aggregate : wanted.entrySet()) {
            ProvenanceNode node = node(aggregate.getKey());
            TreeMap<Long, Long> sequences = aggregate.getValue();
            if (node == null) {
                continue;
            }
            DomainEventStream stream = eventStore.readEvents(aggregate.getKey(), sequences.firstKey());
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (event.getSequenceNumber() > sequences.lastKey()) {
                    break;
                }
                Long globalIndex = sequences.get(event.getSequenceNumber());
                if (globalIndex == null) {
                    continue;
                }
                MetaData meta = event.getMetaData();
                events.add(new CorrelationEntry(globalIndex, node.aggregateType(), node.aggregateId(), node.name(),
                        node.owningClusterId(), event.getSequenceNumber(), event.getTimestamp(),
                        event.getPayloadType().getSimpleName(), SealedFields.fields(json, event.getPayload()),
                        text(meta, MetaDataKeys.USERNAME), text(meta, MetaDataKeys.DISPLAY_NAME),
                        text(meta, MetaDataKeys.ORGANIZATION), text(meta, MetaDataKeys.CITY),
                        text(meta, MetaDataKeys.CORRELATION_ID)));
            }
        }
        if (events.isEmpty()) {
            return Optional.empty();
        }
        events.sort(Comparator.comparingLong(CorrelationEntry::globalIndex));
        return Optional.of(new CorrelatedEvents(query.correlationId(), events, 0));
    }

    /** An aggregate by id: from the index, else (not indexed yet) from its first stored event; null if it has none. */
    ProvenanceNode node(String aggregateId) {
        ProvenanceNodeDocument doc = mongo.findById(aggregateId, ProvenanceNodeDocument.class);
        if (doc != null) {
            return new ProvenanceNode(doc.type, doc.id, doc.name, doc.clusterId);
        }
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        if (!stream.hasNext()) {
            return null;
        }
        DomainEventMessage<?> first = stream.next();
        JsonNode fields = json.valueToTree(first.getPayload());
        return new ProvenanceNode(first.getType(), aggregateId, NAME_FIELDS.stream().map(n -> text(fields, n))
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null),
                "Cluster".equals(first.getType()) ? aggregateId : text(fields, "clusterId"));
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
