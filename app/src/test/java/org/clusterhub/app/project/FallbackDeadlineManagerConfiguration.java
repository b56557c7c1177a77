package org.clusterhub.app.project;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Tests only, and only until the application declares its persistent deadline manager: without a
 * {@link DeadlineManager} bean, axon-test's fixture parameter resolver (on the test classpath) claims the project's
 * {@code DeadlineManager} handler parameters and fails every lifecycle command at run time. Backs off as soon as
 * the application has its own (an auto-configuration is considered after the application's beans).
 */
@AutoConfiguration
class FallbackDeadlineManagerConfiguration {

    @Bean
    @ConditionalOnMissingBean(DeadlineManager.class)
    DeadlineManager fallbackDeadlineManager(Configuration axon) {
        return SimpleDeadlineManager.builder().scopeAwareProvider(new ConfigurationScopeAwareProvider(axon)).build();
    }
}
