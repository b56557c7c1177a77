package org.clusterhub.project.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.project.api.CompareProjectVersionsQuery;
import org.clusterhub.project.api.FindProjectAsOfQuery;
import org.clusterhub.project.api.ProjectComparison;
import org.clusterhub.project.api.ProjectComparison.FieldChange;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.ViewFields;
import org.clusterhub.shared.query.AsOfReplay;
import org.clusterhub.shared.query.AsOfState;
import org.clusterhub.shared.query.FindAggregateAsOfQuery;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A project as it was at any point of its history: its stored events up to that point (read from the event store,
 * never from a read model or a snapshot) handed to a fresh, in-memory {@link ProjectCatalogProjection}, the same
 * handlers that built what the live screen showed. Overdue marks are judged as of the point's day.
 *
 * <p>Stepping is incremental ({@link AsOfReplay}): the projection keeps its documents in a map, copied in their
 * stored form every 100 events, so that a step folds one event and a jump back starts from the nearest copy.
 */
@Component
class ProjectReplay {

    private final AsOfReplay replay;
    private final MongoTemplate mongo;
    private final ProjectLibraryQueries library;
    private final ObjectMapper json;

    ProjectReplay(AsOfReplay replay, MongoTemplate mongo, ObjectMapper json) {
        this.replay = replay;
        this.mongo = mongo;
        this.library = new ProjectLibraryQueries(mongo);
        // Exact decimals: a budget of 360.00 万元 reads "360.00", not "3.6E+2".
        this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** The replay's question (ADR 017), answered for projects only; other contexts answer for theirs. */
    @QueryHandler
    Optional<AsOfState> handle(FindAggregateAsOfQuery query) {
        if (!"Project".equals(query.aggregateType())) {
            throw new NoHandlerForQueryException("not a project: " + query.aggregateType());
        }
        return handle(new FindProjectAsOfQuery(ProjectId.of(query.aggregateId()), query.sequenceNumber()))
                .map(view -> new AsOfState(query.aggregateType(), view));
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectAsOfQuery query) {
        return asOf(query.projectId(), query.sequenceNumber());
    }

    @QueryHandler
    ProjectComparison handle(CompareProjectVersionsQuery query) {
        Map<String, String> before = flatten(asOf(query.projectId(), query.fromSequence()));
        Map<String, String> after = flatten(asOf(query.projectId(), query.toSequence()));
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        all.keySet().forEach(path -> {
            if (!Objects.equals(before.get(path), after.get(path))) {
                changes.add(new FieldChange(path, before.get(path), after.get(path)));
            }
        });
        return new ProjectComparison(query.projectId(), query.fromSequence(), query.toSequence(), changes);
    }

    private Optional<ProjectView> asOf(ProjectId projectId, long sequenceNumber) {
        return replay.asOf(projectId.toString(), sequenceNumber, new AsOfReplay.Fold<Map<String, ProjectDocument>,
                ProjectView>("project-catalog", LinkedHashMap::new,
                memory -> List.of(ProjectCatalogProjection.inMemory(mongo, memory)), events -> List.of(),
                this::checkpoint, this::restore, (memory, point) -> {
                    ProjectDocument doc = memory.get(projectId.toString());
                    if (doc == null) {
                        return Optional.empty();
                    }
                    LocalDate day = LocalDate.ofInstant(point.at(), ProjectCatalogProjection.SHANGHAI);
                    return Optional.of(doc.toView(library.clusterNames(List.of(doc.clusterId)).get(doc.clusterId),
                            day));
                }));
    }

    /** A copy of the documents as stored (the converter's form), which later events cannot change. */
    private Object checkpoint(Map<String, ProjectDocument> memory) {
        List<Document> copies = new ArrayList<>(memory.size());
        memory.values().forEach(doc -> {
            Document stored = new Document();
            mongo.getConverter().write(doc, stored);
            copies.add(stored);
        });
        return copies;
    }

    @SuppressWarnings("unchecked")
    private void restore(Map<String, ProjectDocument> memory, Object checkpoint) {
        memory.clear();
        for (Document stored : (List<Document>) checkpoint) {
            ProjectDocument doc = mongo.getConverter().read(ProjectDocument.class, stored);
            memory.put(doc.id, doc);
        }
    }

    private Map<String, String> flatten(Optional<ProjectView> view) {
        // Bookkeeping, not content: every event changes them.
        return ViewFields.of(json, view.orElse(null), Set.of("version", "lastChangedAt", "parts"));
    }
}
