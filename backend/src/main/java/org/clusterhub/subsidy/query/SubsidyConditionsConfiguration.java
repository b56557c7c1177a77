package org.clusterhub.subsidy.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A condition that could not be told to its programme (a store hiccup, a node restarting) must not be skipped: the
 * processor's default handler would log the failure and move on. With the propagating handler the processor releases
 * the event and tries it again, backing off; telling twice changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SubsidyConditionsConfiguration {

    @Bean
    ConfigurerModule subsidyConditionsRetryFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                SubsidyConditionProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
