package org.clusterhub.bench;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.clusterhub.infrastructure.live.LiveEventBroadcaster;
import org.clusterhub.infrastructure.live.LiveProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The bench node with ONE change, for comparison: the node-local live processor is a pooled streaming processor
 * (same name per node, in-memory token from the head), as ClusterHub first had it, instead of the tracking
 * processor {@link LiveProcessorConfiguration} registers. Once caught up, a pooled processor's coordinator looks
 * for new events only every 500 ms when its stream cannot call back (the embedded event store's cannot); a tracking
 * processor blocks on the stream and wakes as soon as the store's producer has the event. Run with
 * {@code --live-processor=both} to measure both.
 * <p>
 * Deliberately not a {@code @Configuration}: component scanning never picks it up; only the bench starts it, as the
 * primary source of a node.
 */
@EnableAutoConfiguration
@EntityScan(basePackages = "org.clusterhub")
@ComponentScan(basePackages = "org.clusterhub", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {BenchApplication.class, LiveProcessorConfiguration.class})})
public class PooledLiveBenchApplication {

    @Bean
    ConfigurerModule pooledLiveProcessorModule(@Value("${clusterhub.node-id}") String nodeId) {
        String processorName = LiveEventBroadcaster.PROCESSING_GROUP + "@" + nodeId;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(processorName,
                        org.axonframework.config.Configuration::eventStore,
                        (config, builder) -> builder
                                .tokenStore(new InMemoryTokenStore())
                                .initialSegmentCount(1)
                                .initialToken(StreamableMessageSource::createHeadToken))
                .assignProcessingGroup(LiveEventBroadcaster.PROCESSING_GROUP, processorName));
    }
}
