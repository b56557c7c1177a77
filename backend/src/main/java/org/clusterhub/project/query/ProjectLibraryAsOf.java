package org.clusterhub.project.query;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.project.api.FindProjectStatisticsQuery;
import org.clusterhub.project.api.FindProjectsAsOfQuery;
import org.clusterhub.project.api.FindProjectsQuery;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectStatistics;
import org.clusterhub.shared.query.MemoryMongoTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The project library as it stood at an instant (ADR 016): one pass over the event store in its global order, every
 * project event stored up to that instant handed to the library's own projection ({@link ProjectCatalogProjection})
 * over an in-memory store, then the library's own queries ({@link ProjectLibraryQueries}) asked of that store. The
 * same handlers and the same queries as the live library: what it showed then is what this answers.
 *
 * <p>An aggregate's events are taken up to its first event stored after the instant; nothing of it after that counts,
 * even if a later event carries an earlier time (a seeder may date events in the past).
 *
 * <p>A past library is kept for a while ({@value #KEPT} instants, {@link #IDLE} unused): paging and filtering it
 * costs a query in memory, not a replay. An instant less than {@link #SETTLED} ago is rebuilt on every request,
 * since events of that time may still be arriving.
 */
@Component
class ProjectLibraryAsOf {

    static final int KEPT = 6;
    static final Duration IDLE = Duration.ofMinutes(10);
    static final Duration SETTLED = Duration.ofMinutes(1);

    private final EventStorageEngine storage;
    private final MongoTemplate mongo;
    private final ProjectLibraryQueries live;
    private final Map<Instant, Past> kept = new LinkedHashMap<>(8, 0.75f, true);

    ProjectLibraryAsOf(EventStorageEngine storage, MongoTemplate mongo) {
        this.storage = storage;
        this.mongo = mongo;
        this.live = new ProjectLibraryQueries(mongo);
    }

    @QueryHandler
    ProjectPage handle(FindProjectsAsOfQuery query) {
        FindProjectsQuery q = query.page();
        int limit = Math.max(1, Math.min(q.limit(), 500));
        return at(query.asOf()).page(q.filter() == null ? ProjectFilter.none() : q.filter(), q.scope(),
                q.sort() == null ? ProjectSort.LAST_CHANGED : q.sort(), q.descending(), Math.max(0, q.offset()),
                limit);
    }

    @QueryHandler
    ProjectStatistics handle(FindProjectStatisticsQuery query) {
        return (query.asOf() == null ? live : at(query.asOf())).statistics(query.scope());
    }

    /** The library's queries over the library as it stood at {@code asOf}. */
    ProjectLibraryQueries at(Instant asOf) {
        Instant now = GenericEventMessage.clock.instant();
        if (asOf.isAfter(now.minus(SETTLED))) {
            return new ProjectLibraryQueries(replay(asOf));
        }
        Past past;
        synchronized (kept) {
            kept.values().removeIf(p -> p.usedAt.plus(IDLE).isBefore(now));
            past = kept.computeIfAbsent(asOf, Past::new);
            past.usedAt = now;
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return past.queries();
    }

    /** The library's store as it stood at {@code asOf}: its rows, and the cluster names it shows. */
    MemoryMongoTemplate replay(Instant asOf) {
        MemoryMongoTemplate memory = new MemoryMongoTemplate(mongo.getConverter());
        Map<String, ProjectDocument> projects = new HashMap<>();
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(
                ProjectCatalogProjection.inMemory(memory, projects));
        Set<String> cut = new HashSet<>();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                if (!projection.canHandle(event)) {
                    return;
                }
                String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                        : null;
                if (aggregate != null && cut.contains(aggregate)) {
                    return;
                }
                if (event.getTimestamp().isAfter(asOf)) {
                    if (aggregate != null) {
                        cut.add(aggregate);
                    }
                    return;
                }
                try {
                    projection.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot replay event " + event.getIdentifier(), e);
                }
            });
        }
        projects.values().forEach(doc -> memory.save(doc.toLibrary()));
        return memory;
    }

    /** One past library, built once by whoever asks first. */
    private final class Past {
        private final Instant asOf;
        private ProjectLibraryQueries queries;
        private volatile Instant usedAt = Instant.now();

        Past(Instant asOf) {
            this.asOf = asOf;
        }

        synchronized ProjectLibraryQueries queries() {
            if (queries == null) {
                queries = new ProjectLibraryQueries(replay(asOf));
            }
            return queries;
        }
    }
}
