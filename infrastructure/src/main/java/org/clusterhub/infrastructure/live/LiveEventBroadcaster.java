package org.clusterhub.infrastructure.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.SealedFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Fans every new event out to this node's live screens and STOMP subscribers. It is fed by a node-local streaming
 * processor that tails the shared event store from its head, so events written by any node reach every node.
 *
 * @see <a href="../../../../../../../../docs/decisions/002-live-updates-across-nodes.md">ADR 002</a>
 */
@Component
@ProcessingGroup(LiveEventBroadcaster.PROCESSING_GROUP)
public class LiveEventBroadcaster implements LiveFeed {

    public static final String PROCESSING_GROUP = "live-updates";
    private static final Logger log = LoggerFactory.getLogger(LiveEventBroadcaster.class);

    private final Map<String, Set<Consumer<LiveEvent>>> byAggregate = new ConcurrentHashMap<>();
    private final Map<String, Set<Consumer<LiveEvent>>> byType = new ConcurrentHashMap<>();
    /** Listeners may query and wait for read models: keep that off the processor thread. */
    private final ExecutorService listeners = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "live-feed");
        thread.setDaemon(true);
        return thread;
    });

    private final SimpMessagingTemplate stomp;
    private final ObjectMapper json;

    LiveEventBroadcaster(SimpMessagingTemplate stomp, ObjectMapper json) {
        this.stomp = stomp;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            return;
        }
        Map<String, String> metadata = new HashMap<>();
        event.getMetaData().forEach((key, value) -> {
            if (value != null) {
                metadata.put(key, value.toString());
            }
        });
        // Screens and STOMP clients are outside ClusterHub: sealed fields leave masked, in the object and its fields.
        LiveEvent live = new LiveEvent(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), SealedFields.masked(payload),
                SealedFields.fields(json, payload), event.getTimestamp(), Map.copyOf(metadata));
        deliver(byAggregate.get(live.aggregateId()), live);
        deliver(byType.get(live.aggregateType()), live);
        publishToStomp(live);
    }

    private void deliver(Set<Consumer<LiveEvent>> targets, LiveEvent live) {
        if (targets == null) {
            return;
        }
        for (Consumer<LiveEvent> listener : targets) {
            listeners.execute(() -> {
                try {
                    listener.accept(live);
                } catch (RuntimeException e) {
                    log.warn("live listener failed for {} {}", live.eventType(), live.aggregateId(), e);
                }
            });
        }
    }

    private void publishToStomp(LiveEvent live) {
        if (live.aggregateType() == null || live.aggregateType().isBlank()) {
            return;
        }
        stomp.convertAndSend(topicOf(live.aggregateType(), live.aggregateId()), StompEventFrame.of(live));
    }

    /**
     * {@code /topic/<kind>/<id>} with the aggregate type as an English plural in kebab case: {@code Activity} ->
     * {@code activities}, {@code Consortium} -> {@code consortia}, {@code ZoneBatch} -> {@code zone-batches}. API
     * clients read these names in the README, so they must be words, not a rule's by-products.
     */
    static String topicOf(String aggregateType, String aggregateId) {
        String kebab = aggregateType.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String plural;
        if (kebab.endsWith("ium")) {
            plural = kebab.substring(0, kebab.length() - 2) + "a";
        } else if (kebab.matches(".*[^aeiou]y")) {
            plural = kebab.substring(0, kebab.length() - 1) + "ies";
        } else if (kebab.matches(".*(s|x|z|ch|sh)")) {
            plural = kebab + "es";
        } else {
            plural = kebab + "s";
        }
        return "/topic/" + plural + "/" + aggregateId;
    }

    @Override
    public Subscription subscribe(String aggregateId, Consumer<LiveEvent> listener) {
        return add(byAggregate, aggregateId, listener);
    }

    @Override
    public Subscription subscribeToType(String aggregateType, Consumer<LiveEvent> listener) {
        return add(byType, aggregateType, listener);
    }

    private static Subscription add(Map<String, Set<Consumer<LiveEvent>>> registry, String key,
                                    Consumer<LiveEvent> listener) {
        registry.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> registry.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * What a STOMP subscriber receives for each event, as JSON. The payload is the event's fields with sealed ones
     * masked, never the event object itself.
     */
    public record StompEventFrame(String aggregateType, String aggregateId, long sequenceNumber, String eventType,
                                  Map<String, Object> payload, String timestamp, Map<String, String> metadata) {
        static StompEventFrame of(LiveEvent live) {
            return new StompEventFrame(live.aggregateType(), live.aggregateId(), live.sequenceNumber(),
                    live.eventType(), live.fields(), live.timestamp().toString(), live.metadata());
        }
    }
}
