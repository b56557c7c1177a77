package org.clusterhub.infrastructure.live;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.infrastructure.security.ClusterHubUser;
import org.clusterhub.shared.LiveTopicAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP for API clients: connect to {@code /ws} (authenticated at the HTTP handshake), subscribe to
 * {@code /topic/clusters/{id}} or {@code /topic/zones/{id}}, and receive each new event of that aggregate as JSON.
 * A subscription is refused unless the aggregate's context lets the person follow it ({@link LiveTopicAccess}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
public class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    // Looked up when the first client subscribes: the broker is configured before Axon's event store exists.
    private final ObjectProvider<EventStore> eventStore;
    private final ObjectProvider<LiveTopicAccess> contexts;
    private volatile TopicSubscriptions subscriptions;

    public StompConfiguration(ObjectProvider<EventStore> eventStore, ObjectProvider<LiveTopicAccess> contexts) {
        this.eventStore = eventStore;
        this.contexts = contexts;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
                if (StompCommand.SUBSCRIBE.equals(stomp.getCommand())) {
                    if (!(stomp.getUser() instanceof Authentication authentication
                            && authentication.getPrincipal() instanceof ClusterHubUser user)) {
                        throw new MessageDeliveryException("subscriptions need a signed-in user");
                    }
                    if (!subscriptions().allowed(user.actor(), stomp.getDestination())) {
                        throw new MessageDeliveryException("not allowed to follow " + stomp.getDestination());
                    }
                }
                return message;
            }
        });
    }

    private TopicSubscriptions subscriptions() {
        if (subscriptions == null) {
            subscriptions = new TopicSubscriptions(eventStore.getObject(), List.copyOf(contexts.orderedStream().toList()));
        }
        return subscriptions;
    }
}
