package org.clusterhub.project.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.MetaDataKeys;

/**
 * The Project aggregate behind Axon's real command path, without Spring and without the test fixture: a simple
 * command bus, the annotation command handler, an event-sourcing repository over an in-memory event store (so that
 * {@code @TargetAggregateVersion} and the {@code ConflictResolver} run as in production), the actor copied into every
 * event's metadata as the app's correlation provider does, and optionally snapshots that go through a serializer.
 * The event clock stands still at {@link ProjectTestData#NOW} until {@link #close()}.
 */
final class ProjectCommandBus implements AutoCloseable {

    private final Clock previousClock = GenericEventMessage.clock;
    final SnapshotStorage engine;
    final EmbeddedEventStore store;
    final StubDeadlineManager deadlines = new StubDeadlineManager(ProjectTestData.NOW);
    final EventSourcingRepository<Project> repository;
    /** Null without snapshots. */
    final AggregateSnapshotter snapshotter;
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();

    private ProjectCommandBus(Serializer snapshotSerializer, int snapshotThreshold) {
        GenericEventMessage.clock = Clock.fixed(ProjectTestData.NOW, ZoneOffset.UTC);
        engine = new SnapshotStorage(snapshotSerializer);
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Project.class),
                new SimpleResourceParameterResolverFactory(Set.of(deadlines)));
        SnapshotTriggerDefinition trigger = NoSnapshotTriggerDefinition.INSTANCE;
        if (snapshotSerializer == null) {
            snapshotter = null;
        } else {
            snapshotter = AggregateSnapshotter.builder()
                    .eventStore(store)
                    .aggregateFactories(new GenericAggregateFactory<>(Project.class))
                    .parameterResolverFactory(resolvers)
                    .build();
            trigger = new EventCountSnapshotTriggerDefinition(snapshotter, snapshotThreshold);
        }
        repository = EventSourcingRepository.builder(Project.class)
                .eventStore(store)
                .parameterResolverFactory(resolvers)
                .snapshotTriggerDefinition(trigger)
                .build();
        AggregateAnnotationCommandHandler.<Project>builder()
                .aggregateType(Project.class)
                .repository(repository)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(bus);
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(new SimpleCorrelationDataProvider(
                MetaDataKeys.USER_ID, MetaDataKeys.USERNAME, MetaDataKeys.DISPLAY_NAME, MetaDataKeys.ROLE,
                MetaDataKeys.ORGANIZATION, MetaDataKeys.CITY)));
    }

    static ProjectCommandBus withoutSnapshots() {
        return new ProjectCommandBus(null, 0);
    }

    /** Takes a snapshot once more than {@code threshold} events were read or written, stored via {@code serializer}. */
    static ProjectCommandBus withSnapshots(Serializer serializer, int threshold) {
        return new ProjectCommandBus(serializer, threshold);
    }

    /** Sends a command as {@code actor} and returns its result, or throws the exception that refused it. */
    Object send(Object command, Actor actor) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)), callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return result.getPayload();
    }

    /** Every stored event of the aggregate, whatever snapshots exist. */
    List<DomainEventMessage<?>> events(String aggregateId) {
        return engine.readEvents(aggregateId, 0).asStream().<DomainEventMessage<?>>map(e -> e).toList();
    }

    long version(String aggregateId) {
        List<DomainEventMessage<?>> events = events(aggregateId);
        return events.get(events.size() - 1).getSequenceNumber();
    }

    /** Fires the deadlines due by {@code instant}, each in its own unit of work as Axon's deadline managers do. */
    void advanceTimeTo(Instant instant) {
        deadlines.advanceTimeTo(instant, (scope, message) -> DefaultUnitOfWork.startAndGet(message)
                .executeWithResult(() -> {
                    repository.send(message, scope);
                    return null;
                }));
    }

    /** The aggregate as the repository loads it for the next command (from the latest snapshot, if any). */
    Project load(String aggregateId) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(aggregateId).invoke(project -> project);
        } finally {
            unitOfWork.rollback();
        }
    }

    @Override
    public void close() {
        store.shutDown();
        GenericEventMessage.clock = previousClock;
    }

    /**
     * An in-memory store that keeps snapshots serialized, as the JDBC store does: every load deserializes the latest
     * snapshot afresh. Without a serializer it keeps none.
     */
    static final class SnapshotStorage extends InMemoryEventStorageEngine {

        private final Serializer serializer;
        private final Map<String, StoredSnapshot> snapshots = new HashMap<>();
        int snapshotsRead;

        SnapshotStorage(Serializer serializer) {
            this.serializer = serializer;
        }

        record StoredSnapshot(String type, long sequenceNumber, SerializedObject<byte[]> payload,
                              String identifier, Instant timestamp) {
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            if (serializer != null) {
                snapshots.put(snapshot.getAggregateIdentifier(), new StoredSnapshot(snapshot.getType(),
                        snapshot.getSequenceNumber(), serializer.serialize(snapshot.getPayload(), byte[].class),
                        snapshot.getIdentifier(), snapshot.getTimestamp()));
            }
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateId) {
            StoredSnapshot stored = snapshots.get(aggregateId);
            if (stored == null) {
                return Optional.empty();
            }
            snapshotsRead++;
            return Optional.of(new GenericDomainEventMessage<>(stored.type(), aggregateId, stored.sequenceNumber(),
                    serializer.deserialize(stored.payload()), MetaData.emptyInstance(), stored.identifier(),
                    stored.timestamp()));
        }

        Optional<StoredSnapshot> snapshot(String aggregateId) {
            return Optional.ofNullable(snapshots.get(aggregateId));
        }
    }
}
