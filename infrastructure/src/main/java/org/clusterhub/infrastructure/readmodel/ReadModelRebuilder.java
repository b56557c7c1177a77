package org.clusterhub.infrastructure.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.clusterhub.infrastructure.live.LiveEventBroadcaster;
import org.clusterhub.operations.api.CompleteReadModelRebuildCommand;
import org.clusterhub.operations.api.FailReadModelRebuildCommand;
import org.clusterhub.operations.api.FindReadModelsQuery;
import org.clusterhub.operations.api.ReadModelOverview;
import org.clusterhub.operations.api.ReadModelRebuildId;
import org.clusterhub.operations.api.ReadModelRebuildStartedEvent;
import org.clusterhub.operations.api.ReadModelState;
import org.clusterhub.operations.api.RebuildPhase;
import org.clusterhub.operations.api.RebuildProgress;
import org.clusterhub.operations.api.RecordReadModelRebuildProgressCommand;
import org.clusterhub.operations.command.RebuildableReadModels;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.query.MemoryMongoTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodParameter;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Rebuilds any read model from the event store while the old one keeps serving (ADR 019). For the processor's
 * projection classes it makes fresh instances over an in-memory store ({@link MemoryMongoTemplate}, as the as-of
 * replay does), reads every stored event into them, writes the result in bulk into new collections next to the old
 * ones, follows the events stored meanwhile, and then, with the live processor paused for the last few events,
 * writes what changed since, moves the processor's token to where the rebuild stopped, switches the logical
 * collections to the new ones ({@link ReadModelCollections}) and resumes the processor. The old collections are
 * dropped a little later. Nothing in between serves an empty list: until the switch every query reads the old
 * collections, after it the new ones, complete up to the token the live processor resumes from.
 *
 * <p>The rebuild runs on the node whose supervisor started it: this class handles {@link
 * ReadModelRebuildStartedEvent} in a subscribing processor, on the node that stored it, and reports its progress to
 * that node's screens (a subscription to {@link FindReadModelsQuery}) and, at milestones, as commands to the
 * {@code ReadModelRebuild} aggregate.
 *
 * @see <a href="../../../../../../../../docs/decisions/019-rebuilding-read-models.md">ADR 019</a>
 */
@Component
@ProcessingGroup(ReadModelRebuilder.RUNNER)
public class ReadModelRebuilder implements RebuildableReadModels, DisposableBean {

    /** The subscribing processor that starts rebuilds on the node that stored the request. */
    public static final String RUNNER = "read-model-rebuild-runner";
    /** The processor of the rebuilds' history. */
    static final String HISTORY = "read-model-rebuilds";

    /**
     * Processors that are not offered for rebuild, with the message key saying why. Replaying {@code
     * subsidy-conditions} would send its commands again; the rebuilds' own history would receive the rebuild's
     * progress in the collection being replaced.
     */
    static final Map<String, String> NOT_REBUILDABLE = Map.of(
            "subsidy-conditions", "operations.readModels.reason.sendsCommands",
            HISTORY, "operations.readModels.reason.ownHistory",
            RUNNER, "operations.readModels.reason.notAReadModel");

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);
    private static final int WRITE_BATCH = 1000;
    /** Events handled in one unit of work while rebuilding. */
    private static final int BATCH = 1000;
    private static final long EMIT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long MILESTONE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final AutowireCapableBeanFactory beans;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final MongoTemplate mongo;
    private final MongoDatabaseFactory databases;
    private final ReadModelCollections collections;
    private final QueryUpdateEmitter updates;
    private final CommandGateway commands;
    private final JdbcTemplate sql;
    private final Duration dropOldAfter;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "read-model-drop");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Timings> lastRuns = new ConcurrentHashMap<>();
    private volatile long lastEmit;

    /**
     * How long a finished rebuild took in each step (ms): reading all events into memory, writing the new
     * collections, catching up, and the switch with the live processor paused; for the benchmark and the log.
     */
    public record Timings(UUID runId, long events, long readMillis, long writeMillis, long catchUpMillis,
                          long pausedMillis, long totalMillis, long documents) {

        /** Events per second over the whole run. */
        public double eventsPerSecond() {
            return totalMillis == 0 ? 0 : events * 1000.0 / totalMillis;
        }

        /** Events per second while reading the store into the new read model. */
        public double readEventsPerSecond() {
            return readMillis == 0 ? 0 : events * 1000.0 / readMillis;
        }
    }

    /** The last completed rebuild of a processor on this node. */
    public Optional<Timings> lastRun(String processor) {
        return Optional.ofNullable(lastRuns.get(processor));
    }

    @Autowired
    public ReadModelRebuilder(ObjectProvider<org.axonframework.config.Configuration> axon,
                              AutowireCapableBeanFactory beans, @Lazy EventStore eventStore,
                              @Lazy TokenStore tokenStore, @Lazy TransactionManager transactions, MongoTemplate mongo,
                              MongoDatabaseFactory databases, ReadModelCollections collections,
                              @Lazy QueryUpdateEmitter updates, @Lazy CommandGateway commands, DataSource dataSource,
                              @Value("${clusterhub.read-models.drop-old-after:10s}") Duration dropOldAfter) {
        this.axon = axon;
        this.beans = beans;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.mongo = mongo;
        this.databases = databases;
        this.collections = collections;
        this.updates = updates;
        this.commands = commands;
        this.sql = new JdbcTemplate(dataSource);
        this.dropOldAfter = dropOldAfter;
    }

    // ---- what may be rebuilt, and how the read models stand ---------------------------------------------------

    @Override
    public Optional<String> whyNotRebuildable(String processor) {
        if (NOT_REBUILDABLE.containsKey(processor)) {
            return Optional.of(NOT_REBUILDABLE.get(processor));
        }
        if (processor.startsWith(LiveEventBroadcaster.PROCESSING_GROUP)) {
            return Optional.of("operations.readModels.reason.nodeLocal");
        }
        Optional<EventProcessor> found = processors().eventProcessor(processor);
        if (found.isEmpty()) {
            return Optional.of("operations.readModels.reason.unknown");
        }
        if (!(found.get() instanceof StreamingEventProcessor) || !(found.get() instanceof AbstractEventProcessor)) {
            return Optional.of("operations.readModels.reason.notAReadModel");
        }
        return Optional.empty();
    }

    @QueryHandler
    public ReadModelOverview handle(FindReadModelsQuery query) {
        return overview();
    }

    /** Every streaming processor of this node with its position; the node-local live processor is left out. */
    public ReadModelOverview overview() {
        long head = eventStore.createHeadToken() == null ? -1
                : eventStore.createHeadToken().position().orElse(-1);
        List<ReadModelState> states = new ArrayList<>();
        processors().eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .filter(entry -> !entry.getKey().startsWith(LiveEventBroadcaster.PROCESSING_GROUP))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    StreamingEventProcessor processor = (StreamingEventProcessor) entry.getValue();
                    long position = processor.processingStatus().values().stream()
                            .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                            .mapToLong(OptionalLong::getAsLong).min().orElse(-1);
                    Run run = runs.get(entry.getKey());
                    Optional<String> why = whyNotRebuildable(entry.getKey());
                    states.add(new ReadModelState(entry.getKey(), why.isEmpty(), why.orElse(null),
                            processor.isRunning(), position, position < 0 ? -1 : Math.max(0, head - position),
                            run == null ? null : run.progress()));
                });
        return new ReadModelOverview(head, states);
    }

    // ---- starting ---------------------------------------------------------------------------------------------

    /** Starts the rebuild on this node once the request is stored. */
    @EventHandler
    void on(ReadModelRebuildStartedEvent event) {
        Runnable start = () -> start(event.processor(), event.runId());
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unit -> start.run());
        } else {
            start.run();
        }
    }

    private void start(String processor, UUID runId) {
        Run run = new Run(processor, runId);
        if (runs.putIfAbsent(processor, run) != null) {
            // The aggregate allows one run at a time; this one can only be a redelivery.
            return;
        }
        emit(true);
        workers.submit(() -> rebuild(run));
    }

    // ---- the rebuild ------------------------------------------------------------------------------------------

    private void rebuild(Run run) {
        EventProcessor processor = processors().eventProcessor(run.processor).orElseThrow();
        MongoDatabase database = databases.getMongoDatabase();
        Map<String, String> staging = new LinkedHashMap<>();
        boolean paused = false;
        boolean switched = false;
        try {
            MemoryMongoTemplate store = new MemoryMongoTemplate(mongo.getConverter(), true);
            List<EventMessageHandler> handlers = freshHandlers((AbstractEventProcessor) processor, store);
            run.total = countEvents();
            TrackingToken last;
            Map<String, String> previous = new HashMap<>();
            long readStarted = System.nanoTime();
            long written0;
            long catchUp0;
            long paused0 = 0;
            long documents;
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
                last = apply(stream, handlers, run, null, 0);
                written0 = System.nanoTime();

                run.phase(RebuildPhase.WRITING);
                milestone(run);
                Map<String, List<Document>> written = store.snapshot();
                String suffix = "__r" + run.runId.toString().substring(0, 8);
                for (String logical : new TreeSet<>(written.keySet())) {
                    staging.put(logical, logical + suffix);
                    previous.put(logical, collections.physical(logical));
                    create(database, previous.get(logical), staging.get(logical), written.get(logical));
                }
                documents = written.values().stream().mapToLong(List::size).sum();

                catchUp0 = System.nanoTime();
                run.phase(RebuildPhase.CATCHING_UP);
                milestone(run);
                last = apply(stream, handlers, run, last, 200);

                run.phase(RebuildPhase.SWITCHING);
                milestone(run);
                paused0 = System.nanoTime();
                if (processor.isRunning()) {
                    processor.shutDown();
                    paused = true;
                }
                // The live processor stands still now: read what it may not have seen, and nothing is missed.
                last = apply(stream, handlers, run, last, 300);
                Map<String, List<Document>> now = store.snapshot();
                for (String logical : new TreeSet<>(now.keySet())) {
                    if (!staging.containsKey(logical)) {
                        staging.put(logical, logical + suffix);
                        previous.put(logical, collections.physical(logical));
                        create(database, previous.get(logical), staging.get(logical), List.of());
                    }
                    writeChanges(database.getCollection(staging.get(logical)),
                            written.getOrDefault(logical, List.of()), now.get(logical));
                }
                if (last != null) {
                    moveTokens(run.processor, last);
                }
                collections.switchTo(run.processor, staging);
                switched = true;
            }
            if (paused) {
                processor.start();
                paused = false;
            }
            long resumed = System.nanoTime();
            dropLater(database, previous.entrySet().stream()
                    .filter(old -> !old.getValue().equals(staging.get(old.getKey())))
                    .map(Map.Entry::getValue).toList());
            long millis = Math.max(1, (System.nanoTime() - run.startNanos) / 1_000_000);
            Timings timings = new Timings(run.runId, run.done, (written0 - readStarted) / 1_000_000,
                    (catchUp0 - written0) / 1_000_000, (paused0 - catchUp0) / 1_000_000,
                    (resumed - paused0) / 1_000_000, millis, documents);
            lastRuns.put(run.processor, timings);
            log.info("rebuilt read model {} into {}: {}", run.processor, staging, timings);
            send(new CompleteReadModelRebuildCommand(ReadModelRebuildId.forProcessor(run.processor), run.runId,
                    run.done, millis, List.copyOf(staging.keySet())));
        } catch (Exception | LinkageError e) {
            log.warn("rebuild of read model {} failed; the old one stays in place", run.processor, e);
            if (!switched) {
                staging.values().forEach(name -> database.getCollection(name).drop());
            }
            send(new FailReadModelRebuildCommand(ReadModelRebuildId.forProcessor(run.processor), run.runId,
                    abbreviate(e.toString())));
        } finally {
            if (paused) {
                processor.start();
            }
            runs.remove(run.processor, run);
            awaitHistory();
            emit(true);
        }
    }

    /**
     * The screens refresh the history when they hear that a run has ended: wait (briefly) until the history's
     * processor has read the run's last event, so that they find it there.
     */
    private void awaitHistory() {
        long head = eventStore.createHeadToken() == null ? -1 : eventStore.createHeadToken().position().orElse(-1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        processors().eventProcessor(HISTORY, StreamingEventProcessor.class).ifPresent(history -> {
            while (System.nanoTime() < deadline && history.processingStatus().values().stream()
                    .anyMatch(status -> status.getCurrentPosition().orElse(-1) < head)) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    /**
     * Applies events while the stream has them; with {@code waitMillis} > 0 it waits that long for more before
     * deciding it has caught up.
     */
    private TrackingToken apply(BlockingStream<TrackedEventMessage<?>> stream, List<EventMessageHandler> handlers,
                                Run run, TrackingToken last, int waitMillis) throws Exception {
        TrackingToken token = last;
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        while (waitMillis > 0 ? stream.hasNextAvailable(waitMillis, TimeUnit.MILLISECONDS)
                : stream.hasNextAvailable()) {
            batch.add(stream.nextAvailable());
            if (batch.size() == BATCH || !stream.hasNextAvailable()) {
                handle(batch, handlers);
                token = batch.get(batch.size() - 1).trackingToken();
                run.done += batch.size();
                if (run.done > run.total) {
                    run.total = run.done;
                }
                batch.clear();
                emit(false);
                if (System.nanoTime() - run.lastMilestone > MILESTONE_EVERY_NANOS) {
                    milestone(run);
                }
            }
        }
        return token;
    }

    /**
     * One batch in one unit of work, as a streaming processor hands its batches to the projections: those that keep
     * the documents of a batch and write each once when it commits (the project catalog) do so here too.
     */
    private static void handle(List<TrackedEventMessage<?>> batch, List<EventMessageHandler> handlers)
            throws Exception {
        BatchingUnitOfWork<TrackedEventMessage<?>> unit = new BatchingUnitOfWork<>(batch);
        ResultMessage<?> result = unit.executeWithResult(() -> {
            EventMessage<?> event = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
            for (EventMessageHandler handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception e ? e : new IllegalStateException(failure);
        }
    }

    /** Fresh instances of the processor's projection classes, over the in-memory store, with their own handlers. */
    private List<EventMessageHandler> freshHandlers(AbstractEventProcessor processor, MongoTemplate store) {
        List<Class<?>> types = new ArrayList<>();
        collectTypes(processor.eventHandlerInvoker(), types);
        if (types.isEmpty()) {
            throw new IllegalStateException("processor " + processor.getName() + " has no handlers to rebuild with");
        }
        org.axonframework.config.Configuration config = axon.getObject();
        List<EventMessageHandler> handlers = new ArrayList<>();
        for (Class<?> type : types) {
            handlers.add(new AnnotationEventHandlerAdapter(instantiate(type, store), config.parameterResolverFactory(),
                    config.handlerDefinition(type)));
        }
        return handlers;
    }

    private static void collectTypes(EventHandlerInvoker invoker, List<Class<?>> types) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collectTypes(delegate, types));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (EventMessageHandler handler : simple.eventHandlers()) {
                if (!(handler instanceof AnnotationEventHandlerAdapter annotated)) {
                    throw new IllegalStateException("cannot rebuild with a handler of " + handler.getClass());
                }
                types.add(ClassUtils.getUserClass(annotated.getTargetType()));
            }
        } else {
            throw new IllegalStateException("cannot rebuild with handlers of " + invoker.getClass());
        }
    }

    /**
     * The projection as Spring makes it (its {@code @Autowired} or only constructor, other beans resolved as Spring
     * resolves them), except that its MongoDB template is the in-memory store.
     */
    private Object instantiate(Class<?> type, MongoTemplate store) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        Constructor<?> chosen = Arrays.stream(constructors)
                .filter(c -> c.isAnnotationPresent(Autowired.class)).findFirst()
                .orElseGet(() -> constructors.length == 1 ? constructors[0]
                        : Arrays.stream(constructors).max(Comparator.comparingInt(Constructor::getParameterCount))
                        .orElseThrow());
        Parameter[] parameters = chosen.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameterType = parameters[i].getType();
            if (parameterType.isAssignableFrom(MongoTemplate.class) && MongoOperations.class
                    .isAssignableFrom(parameterType)) {
                arguments[i] = store;
            } else {
                arguments[i] = beans.resolveDependency(new DependencyDescriptor(
                        MethodParameter.forParameter(parameters[i]), true), null);
            }
        }
        try {
            chosen.setAccessible(true);
            return chosen.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a fresh " + type.getName(), e);
        }
    }

    /** The new collection: the old one's indexes first, then its documents in bulk. */
    private static void create(MongoDatabase database, String old, String target, List<Document> documents) {
        database.getCollection(target).drop();
        MongoCollection<Document> collection = database.getCollection(target);
        List<IndexModel> indexes = new ArrayList<>();
        if (database.listCollectionNames().into(new HashSet<>()).contains(old)) {
            for (Document index : database.getCollection(old).listIndexes()) {
                if ("_id_".equals(index.getString("name"))) {
                    continue;
                }
                IndexOptions options = new IndexOptions().name(index.getString("name"))
                        .unique(Boolean.TRUE.equals(index.get("unique")))
                        .sparse(Boolean.TRUE.equals(index.get("sparse")));
                indexes.add(new IndexModel((Document) index.get("key"), options));
            }
        }
        if (!indexes.isEmpty()) {
            collection.createIndexes(indexes);
        }
        for (int from = 0; from < documents.size(); from += WRITE_BATCH) {
            collection.insertMany(documents.subList(from, Math.min(documents.size(), from + WRITE_BATCH)),
                    new InsertManyOptions().ordered(false));
        }
        if (documents.isEmpty()) {
            // An empty read model is a collection too: queries must find it empty, not fall back to the old one.
            database.createCollection(target);
        }
    }

    /** Writes what changed between two states of a collection: replaced, new and removed documents. */
    private static void writeChanges(MongoCollection<Document> collection, List<Document> before,
                                     List<Document> after) {
        Map<Object, Document> old = new HashMap<>();
        before.forEach(doc -> old.put(doc.get("_id"), doc));
        List<WriteModel<Document>> writes = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Document doc : after) {
            Object id = doc.get("_id");
            seen.add(id);
            if (!doc.equals(old.get(id))) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true)));
            }
        }
        old.keySet().stream().filter(id -> !seen.contains(id))
                .forEach(id -> writes.add(new DeleteOneModel<>(Filters.eq("_id", id))));
        for (int from = 0; from < writes.size(); from += WRITE_BATCH) {
            collection.bulkWrite(writes.subList(from, Math.min(writes.size(), from + WRITE_BATCH)));
        }
    }

    /** Every segment of the processor resumes right after the last event the rebuild applied. */
    private void moveTokens(String processor, TrackingToken last) {
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(processor)) {
                tokenStore.storeToken(last, processor, segment);
                tokenStore.releaseClaim(processor, segment);
            }
        });
    }

    private void dropLater(MongoDatabase database, List<String> old) {
        if (old.isEmpty()) {
            return;
        }
        // Other nodes follow the switch within their refresh interval; until then they still read the old ones.
        later.schedule(() -> old.forEach(name -> {
            try {
                database.getCollection(name).drop();
            } catch (RuntimeException e) {
                log.warn("could not drop the replaced collection {}: {}", name, e.toString());
            }
        }), dropOldAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    private long countEvents() {
        Long count = sql.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    // ---- reporting --------------------------------------------------------------------------------------------

    private void milestone(Run run) {
        run.lastMilestone = System.nanoTime();
        emit(true);
        send(new RecordReadModelRebuildProgressCommand(ReadModelRebuildId.forProcessor(run.processor), run.runId,
                run.phase, run.done, Math.max(run.done, run.total)));
    }

    private void emit(boolean now) {
        long time = System.nanoTime();
        if (!now && time - lastEmit < EMIT_EVERY_NANOS) {
            return;
        }
        lastEmit = time;
        try {
            ReadModelOverview overview = overview();
            updates.emit(FindReadModelsQuery.class, query -> true, overview);
        } catch (RuntimeException e) {
            log.debug("could not report rebuild progress: {}", e.toString());
        }
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(ActorMetaData.of(Actor.SYSTEM)), 30, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            log.warn("could not record {}: {}", command.getClass().getSimpleName(), e.toString());
        }
    }

    private org.axonframework.config.EventProcessingConfiguration processors() {
        return axon.getObject().eventProcessingConfiguration();
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
        later.shutdownNow();
    }

    /** One running rebuild, as this node follows it. */
    private static final class Run {

        final String processor;
        final UUID runId;
        final Instant startedAt = Instant.now();
        final long startNanos = System.nanoTime();
        volatile RebuildPhase phase = RebuildPhase.READING;
        volatile long done;
        volatile long total;
        volatile long lastMilestone = System.nanoTime();

        Run(String processor, UUID runId) {
            this.processor = processor;
            this.runId = runId;
        }

        void phase(RebuildPhase next) {
            phase = next;
        }

        RebuildProgress progress() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            long left = Math.max(0, total - done);
            long eta = rate > 0 && done > 0 ? Math.round(left / rate) : -1;
            return new RebuildProgress(runId, phase, done, Math.max(done, total), rate, eta, startedAt);
        }
    }
}
