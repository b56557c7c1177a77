package org.clusterhub.infrastructure.axon;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.clusterhub.infrastructure.integrity.EventHashChain;
import org.clusterhub.shared.MetaDataKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on the relational event store (H2 file by default, PostgreSQL by JDBC URL).
 *
 * @see <a href="../../../../../../../../docs/decisions/001-relational-event-store-mongodb-read-models.md">ADR 001</a>
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * A unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL) on (aggregateIdentifier, sequenceNumber) must
     * surface as a concurrency conflict; Axon's default resolver reports it as a plain storage error.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * Axon's JDBC storage engine, declared here because Axon's auto-configuration steps back as soon as an
     * {@link EventStore} bean exists (we declare one below, for its fetch delay).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          org.axonframework.config.Configuration config) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .upcasterChain(config.upcasterChain())
                .snapshotFilter(config.snapshotFilter())
                .schema(EventSchema.builder().build())
                .build();
    }

    /**
     * The event store with a short fetch delay: node-local live processors tail the store, and the delay bounds how
     * late another node's event reaches this node's screens. A head poll costs well under a millisecond.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration config,
                                  @Qualifier("eventSerializer") Serializer eventSerializer,
                                  @Value("${clusterhub.event-store.fetch-delay:100ms}") Duration fetchDelay) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(config.messageMonitor(EventStore.class, "eventStore"))
                .fetchDelay(fetchDelay.toMillis())
                .build();
        // Every event is hash-chained to its aggregate's previous one as it is published (ADR 013).
        store.registerDispatchInterceptor(new EventHashChain(eventSerializer, storageEngine));
        return store;
    }

    /**
     * Correlation and causation: every event carries the id of the command (user action) that caused it. Declared
     * here because Axon's default steps back when another provider exists.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies who acted, for which organization and city, from each command into the events it causes. */
    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.USER_ID, MetaDataKeys.USERNAME,
                MetaDataKeys.DISPLAY_NAME, MetaDataKeys.ROLE, MetaDataKeys.ORGANIZATION, MetaDataKeys.CITY,
                MetaDataKeys.REASON);
    }

    /**
     * Snapshots are taken on their own thread, in their own transaction. Axon's default takes them in the command's
     * thread after commit, while the aggregate lock is still held: with many people editing one project, the other
     * commands each hold a pool connection while waiting for that lock, the snapshot waits for a connection, and all
     * of them stall until the pool's 30 s timeout (measured by the project bench: 20 editors, p99 30 s).
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "axon-snapshotter");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter(@Qualifier("snapshotExecutor") ExecutorService executor) {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(executor);
        return snapshotter;
    }

    /**
     * A project collects many events over its years (edits, reports, expenditures): after every
     * {@code clusterhub.snapshots.project-threshold} events a snapshot spares loading them all for each command.
     */
    @Bean
    SnapshotTriggerDefinition projectSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${clusterhub.snapshots.project-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Projections run as tracking (streaming) processors; their tokens live in the shared JDBC token store, so that
     * nodes split the segments. Tracking rather than pooled: a tracking processor wakes as soon as the store has new
     * events, an idle pooled one only every 500 ms, and screens wait for projections.
     */
    @Bean
    ConfigurerModule trackingProcessors() {
        return configurer -> configurer.eventProcessing().usingTrackingEventProcessors();
    }
}
