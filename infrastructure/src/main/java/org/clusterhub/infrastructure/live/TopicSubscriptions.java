package org.clusterhub.infrastructure.live;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveTopicAccess;

/**
 * Decides whether a STOMP client may subscribe to {@code /topic/<kind>/<id>}: the id must be an aggregate of that
 * kind (its first stored event says which), and the context owning the kind must let this person follow it. Checked
 * once, when the subscription is made.
 */
final class TopicSubscriptions {

    private static final Pattern TOPIC = Pattern.compile("/topic/([a-z-]+)/([0-9a-fA-F-]{36})");

    private final EventStore eventStore;
    private final List<LiveTopicAccess> contexts;

    TopicSubscriptions(EventStore eventStore, List<LiveTopicAccess> contexts) {
        this.eventStore = eventStore;
        this.contexts = contexts;
    }

    boolean allowed(Actor actor, String destination) {
        Matcher topic = destination == null ? null : TOPIC.matcher(destination);
        if (topic == null || !topic.matches()) {
            return false;
        }
        String aggregateId = topic.group(2).toLowerCase(java.util.Locale.ROOT);
        Optional<String> type = aggregateType(aggregateId);
        if (type.isEmpty() || !LiveEventBroadcaster.topicOf(type.get(), aggregateId).equals(destination)) {
            return false;
        }
        return contexts.stream().filter(context -> context.aggregateTypes().contains(type.get()))
                .anyMatch(context -> context.mayFollow(actor, type.get(), aggregateId));
    }

    private Optional<String> aggregateType(String aggregateId) {
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        return Optional.ofNullable(first.getType());
    }
}
