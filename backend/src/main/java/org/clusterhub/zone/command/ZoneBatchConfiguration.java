package org.clusterhub.zone.command;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the batch handler to the repositories Axon creates for the two aggregates. */
@Configuration
class ZoneBatchConfiguration {

    @Bean
    ZoneBatchRecommender zoneBatchRecommender(@Qualifier("zoneRepository") Repository<Zone> zones,
                                              @Qualifier("zoneBatchRepository") Repository<ZoneBatch> batches) {
        return new ZoneBatchRecommender(zones, batches);
    }
}
