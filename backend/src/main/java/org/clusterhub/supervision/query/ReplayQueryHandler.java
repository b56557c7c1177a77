package org.clusterhub.supervision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.lang.reflect.RecordComponent;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.Sealed;
import org.clusterhub.shared.SealedFields;
import org.clusterhub.shared.ViewFields;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.supervision.api.CompareReplayPointsQuery;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.clusterhub.shared.query.StoredEvents;
import org.clusterhub.supervision.api.FindReplayQuery;
import org.clusterhub.supervision.api.FindReplayStateQuery;
import org.clusterhub.supervision.api.ReplayComparison;
import org.clusterhub.supervision.api.ReplayComparison.ReplayChange;
import org.clusterhub.supervision.api.ReplayEntry;
import org.clusterhub.supervision.api.ReplayField;
import org.clusterhub.supervision.api.ProvenanceBranch;
import org.clusterhub.supervision.api.ReplayReference;
import org.clusterhub.supervision.api.ReplayState;
import org.clusterhub.supervision.api.ReplayTimeline;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The replay of any aggregate (ADR 017): its timeline from the event store, and its state at any point asked of the
 * context that owns it ({@link FindAggregateAsOfQuery}), which rebuilds it from the stored events with its own
 * projections. This handler knows no context: it flattens whatever view record comes back into fields, compares two
 * points field by field and finds the other aggregates a view names by their id fields.
 */
@Component
class ReplayQueryHandler {

    /** Payload fields that carry the reason a command gave, in order of preference. */
    private static final List<String> REASON_FIELDS = List.of("reason", "reasons", "note", "comment", "opinion",
            "statusNote");
    /** Fields naming another aggregate, and its type: the typed ids of the contexts. */
    private static final Map<String, String> REFERENCE_FIELDS = Map.of("clusterId", "Cluster", "zoneId", "Zone",
            "projectId", "Project", "consortiumId", "Consortium", "challengeId", "Challenge", "activityId",
            "Activity");
    /** Bookkeeping, not content: every event changes them. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "lastChangedAt", "parts", "myRole");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String HASH = "hash";

    /** Timelines kept, by aggregate, with the last sequence number they end at: new events replace them. */
    private static final int TIMELINES = 16;

    private final StoredEvents stored;
    private final QueryGateway queries;
    private final ObjectMapper json;
    private final ProvenanceProjection provenance;
    private final Map<String, Timeline> timelines = new LinkedHashMap<>(16, 0.75f, true);

    private record Timeline(long lastSequence, ReplayTimeline timeline) {
    }

    ReplayQueryHandler(StoredEvents stored, @Lazy QueryGateway queries, ObjectMapper json,
                       ProvenanceProjection provenance) {
        this.stored = stored;
        this.provenance = provenance;
        this.queries = queries;
        // Exact decimals: a budget of 360.00 reads "360.00", not "3.6E+2".
        this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    @QueryHandler
    Optional<ReplayTimeline> handle(FindReplayQuery query) {
        // From the first event, never from a snapshot.
        List<DomainEventMessage<?>> events = stored.of(query.aggregateId());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        long last = events.get(events.size() - 1).getSequenceNumber();
        synchronized (timelines) {
            Timeline kept = timelines.get(query.aggregateId());
            if (kept != null && kept.lastSequence() == last) {
                return Optional.of(kept.timeline());
            }
        }
        ReplayTimeline timeline = timeline(query.aggregateId(), events);
        synchronized (timelines) {
            timelines.put(query.aggregateId(), new Timeline(last, timeline));
            while (timelines.size() > TIMELINES) {
                timelines.remove(timelines.keySet().iterator().next());
            }
        }
        return Optional.of(timeline);
    }

    private ReplayTimeline timeline(String aggregateId, List<DomainEventMessage<?>> events) {
        List<ReplayEntry> entries = new ArrayList<>(events.size());
        String type = null;
        String owningCluster = null;
        for (DomainEventMessage<?> event : events) {
            // Converted when first read: a screen shows a page of the timeline, not all of it.
            Map<String, Object> payload = new PayloadFields(json, event.getPayload());
            if (type == null) {
                type = event.getType();
                owningCluster = "Cluster".equals(type) ? aggregateId
                        : payload.get("clusterId") instanceof String cluster ? cluster : null;
            }
            MetaData meta = event.getMetaData();
            entries.add(new ReplayEntry(event.getSequenceNumber(), event.getTimestamp(),
                    event.getPayloadType().getSimpleName(), payload,
                    text(meta, MetaDataKeys.USERNAME), text(meta, MetaDataKeys.DISPLAY_NAME),
                    text(meta, MetaDataKeys.ROLE), text(meta, MetaDataKeys.ORGANIZATION), text(meta, MetaDataKeys.CITY),
                    text(meta, MetaDataKeys.CORRELATION_ID), reason(meta, event.getPayload(), payload),
                    text(meta, HASH), text(meta, MetaDataKeys.TRACE_ID)));
        }
        return new ReplayTimeline(aggregateId, type, owningCluster, List.copyOf(entries));
    }

    @QueryHandler
    Optional<ReplayState> handle(FindReplayStateQuery query) {
        List<DomainEventMessage<?>> events = stored.of(query.aggregateId());
        if (events.isEmpty() || query.sequenceNumber() < 0) {
            return Optional.empty();
        }
        long point = Math.min(query.sequenceNumber(), events.get(events.size() - 1).getSequenceNumber());
        DomainEventMessage<?> event = StoredEvents.at(events, point);
        if (event == null) {
            return Optional.empty();
        }
        String type = event.getType();
        Object view = asOf(type, query.aggregateId(), point, query).orElse(null);
        Map<String, String> fields = flatten(view);
        return Optional.of(new ReplayState(query.aggregateId(), type, point, event.getTimestamp(), title(fields),
                view, fields.entrySet().stream().map(f -> new ReplayField(f.getKey(), f.getValue())).toList(),
                references(query.aggregateId(), fields,
                        // At the last point the aggregate is as it is now: with everything it has led to since.
                        point == events.get(events.size() - 1).getSequenceNumber() ? Instant.MAX
                                : event.getTimestamp())));
    }

    @QueryHandler
    ReplayComparison handle(CompareReplayPointsQuery query) {
        List<DomainEventMessage<?>> events = stored.of(query.aggregateId());
        String type = events.isEmpty() ? null : events.get(0).getType();
        List<ReplayChange> changes = new ArrayList<>();
        if (type != null) {
            Map<String, String> before = flatten(asOf(type, query.aggregateId(), query.fromSequence(),
                    query).orElse(null));
            Map<String, String> after = flatten(asOf(type, query.aggregateId(), query.toSequence(),
                    query).orElse(null));
            Map<String, String> all = new LinkedHashMap<>(before);
            after.forEach(all::putIfAbsent);
            all.keySet().forEach(path -> {
                if (!Objects.equals(before.get(path), after.get(path))) {
                    changes.add(new ReplayChange(path, before.get(path), after.get(path)));
                }
            });
        }
        return new ReplayComparison(query.aggregateId(), query.fromSequence(), query.toSequence(), changes);
    }

    private Optional<Object> asOf(String type, String aggregateId, long sequence, Object asked) {
        org.clusterhub.shared.Actor viewer = asked instanceof FindReplayStateQuery state ? state.viewer()
                : ((CompareReplayPointsQuery) asked).viewer();
        try {
            return queries.query(new FindAggregateAsOfQuery(type, aggregateId, sequence, viewer),
                            ResponseTypes.optionalInstanceOf(AsOfState.class)).get(30, TimeUnit.SECONDS)
                    .map(AsOfState::view);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException) {
                // No context rebuilds this kind of aggregate (yet): the timeline is still its history.
                return Optional.empty();
            }
            throw new IllegalStateException("cannot rebuild " + type + " " + aggregateId + " as of " + sequence,
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("rebuilding " + type + " " + aggregateId + " took too long", e);
        }
    }

    private Map<String, String> flatten(Object view) {
        return ViewFields.of(json, view, BOOKKEEPING);
    }

    private static String title(Map<String, String> fields) {
        for (String key : List.of("title", "name", "nameZh", "details.nameZh")) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * The aggregates the view names by their id fields, then those its provenance links it to by the point shown
     * (ADR 018): a challenge's follow-up project, a project's grants, a consortium's meeting.
     */
    private List<ReplayReference> references(String self, Map<String, String> fields, Instant at) {
        List<ReplayReference> named = references(self, fields);
        Map<String, ReplayReference> all = new LinkedHashMap<>();
        named.forEach(r -> all.put(r.aggregateId(), r));
        for (ProvenanceBranch link : provenance.directLinks(self, at)) {
            all.putIfAbsent(link.node().aggregateId(), new ReplayReference(link.node().aggregateType(),
                    link.node().aggregateId(), "provenance." + link.link(), link.node().name()));
        }
        return List.copyOf(all.values());
    }

    private static List<ReplayReference> references(String self, Map<String, String> fields) {
        Map<String, ReplayReference> found = new LinkedHashMap<>();
        fields.forEach((path, value) -> {
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            String type = REFERENCE_FIELDS.get(leaf);
            if (type != null && value != null && !value.equals(self) && UUID_TEXT.matcher(value).matches()) {
                found.putIfAbsent(value, new ReplayReference(type, value, path));
            }
        });
        return List.copyOf(found.values());
    }

    /**
     * The reason: from the metadata, else from the payload's text fields, read from the record itself where its
     * reason fields are all plain texts (no conversion needed), else from its converted fields.
     */
    private static String reason(MetaData meta, Object event, Map<String, Object> converted) {
        String given = text(meta, MetaDataKeys.REASON);
        if (given != null && !given.isBlank()) {
            return given;
        }
        List<RecordComponent> texts = event == null ? List.of() : REASON_COMPONENTS.get(event.getClass());
        if (texts == null) {
            return reason(converted);
        }
        for (RecordComponent component : texts) {
            try {
                if (component.getAccessor().invoke(event) instanceof String text && !text.isBlank()) {
                    return text;
                }
            } catch (ReflectiveOperationException e) {
                return reason(converted);
            }
        }
        return null;
    }

    /**
     * Per payload type, its components named as a reason, in order of preference, unless sealed; null when the
     * type is not a record or such a component is not a text (then the converted fields decide).
     */
    private static final ClassValue<List<RecordComponent>> REASON_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            List<RecordComponent> found = new ArrayList<>();
            for (String field : REASON_FIELDS) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals(field)) {
                        if (component.getType() != String.class) {
                            return null;
                        }
                        if (!component.isAnnotationPresent(Sealed.class)
                                && !component.getAccessor().isAnnotationPresent(Sealed.class)) {
                            component.getAccessor().setAccessible(true);
                            found.add(component);
                        }
                    }
                }
            }
            return List.copyOf(found);
        }
    };

    private static String reason(Map<String, Object> payload) {
        for (String field : REASON_FIELDS) {
            if (payload.get(field) instanceof String text && !text.isBlank() && !SealedFields.MASK.equals(text)) {
                return text;
            }
        }
        return null;
    }

    /** A payload's fields as {@link SealedFields#fields} gives them, converted when first read. */
    private static final class PayloadFields extends AbstractMap<String, Object> {

        private final ObjectMapper json;
        private final Object payload;
        private Map<String, Object> fields;

        PayloadFields(ObjectMapper json, Object payload) {
            this.json = json;
            this.payload = payload;
        }

        private synchronized Map<String, Object> fields() {
            if (fields == null) {
                fields = Collections.unmodifiableMap(SealedFields.fields(json, payload));
            }
            return fields;
        }

        @Override
        public Object get(Object key) {
            return fields().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return fields().containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return fields().entrySet();
        }
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
