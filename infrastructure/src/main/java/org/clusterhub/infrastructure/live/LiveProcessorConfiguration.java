package org.clusterhub.infrastructure.live;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live processor is node-local: its own name per node and an in-memory token that starts at the head of the
 * store, so that each node sees every new event once, whoever wrote it, and none of the past ones. A tracking
 * processor, because it blocks on the event store's stream and wakes when events arrive; an idle pooled streaming
 * processor re-checks only every 500 ms, which a live screen would feel.
 */
@Configuration(proxyBeanMethods = false)
public class LiveProcessorConfiguration {

    @Bean
    ConfigurerModule liveProcessorModule(@Value("${clusterhub.node-id}") String nodeId) {
        String processorName = LiveEventBroadcaster.PROCESSING_GROUP + "@" + nodeId;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(processorName, org.axonframework.config.Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerTokenStore(processorName, config -> new InMemoryTokenStore())
                .assignProcessingGroup(LiveEventBroadcaster.PROCESSING_GROUP, processorName));
    }
}
