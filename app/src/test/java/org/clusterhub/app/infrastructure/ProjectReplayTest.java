package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.CompareProjectVersionsQuery;
import org.clusterhub.project.api.FindProjectAsOfQuery;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectComparison;
import org.clusterhub.project.api.ProjectComparison.FieldChange;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.RemoveIndicatorCommand;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A scripted history, recording what the live project screen's query answered after each step; replaying the
 * stored events to each of those points must give exactly that view again, and two points compare field by field.
 */
class ProjectReplayTest {

    @TempDir
    Path dataDir;

    @Test
    void theProjectAsOfEachPointEqualsWhatTheLiveScreenShowedThen() {
        try (ConfigurableApplicationContext node = Nodes.embedded(dataDir, List.of())) {
            QueryGateway queries = node.getBean(QueryGateway.class);
            ProjectId id = Projects.completeDraft(node);
            Map<Long, ProjectView> shown = new LinkedHashMap<>();
            record(node, id, shown);
            Nodes.send(node, Actor.SYSTEM, new ReviseBudgetLineCommand(id, "line-1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY,
                    new BigDecimal("150.00"), null));
            record(node, id, shown);
            Nodes.send(node, Actor.SYSTEM, new AddIndicatorCommand(id, "kpi-2", "培训人次", "人次",
                    new BigDecimal("300")));
            record(node, id, shown);
            Nodes.send(node, Actor.SYSTEM, new RemoveIndicatorCommand(id, "kpi-2", null));
            record(node, id, shown);
            Nodes.send(node, Actor.SYSTEM, new SubmitProjectCommand(id, null));
            record(node, id, shown);
            Nodes.send(node, Actor.SYSTEM, new RecommendProjectCommand(id, "同意推荐"));
            record(node, id, shown);

            shown.forEach((version, live) -> assertThat(asOf(queries, id, version))
                    .as("as of event %d", version).contains(live));
            assertThat(asOf(queries, id, 0).orElseThrow().status()).isEqualTo(ProjectStatus.DRAFT);
            assertThat(asOf(queries, id, 0).orElseThrow().budgetLines()).isEmpty();
            assertThat(asOf(queries, ProjectId.create(), 3)).isEmpty();

            List<Long> points = List.copyOf(shown.keySet());
            ProjectComparison budget = queries.query(new CompareProjectVersionsQuery(id, points.get(0), points.get(1)),
                    ResponseTypes.instanceOf(ProjectComparison.class)).join();
            assertThat(budget.changes()).contains(
                    new FieldChange("budgetLines[line-1].amount", "120.00", "150.00"),
                    new FieldChange("requestedBudget", "120.00", "150.00"));
            ProjectComparison indicator = queries.query(new CompareProjectVersionsQuery(id, points.get(2),
                    points.get(3)), ResponseTypes.instanceOf(ProjectComparison.class)).join();
            assertThat(indicator.changes()).extracting(FieldChange::path)
                    .contains("indicators[kpi-2].name").allMatch(path -> path.startsWith("indicators[kpi-2]"));
            assertThat(indicator.changes()).allMatch(change -> change.after() == null);
        }
    }

    private static void record(ConfigurableApplicationContext node, ProjectId id, Map<Long, ProjectView> shown) {
        long version = node.getBean(EventStore.class).lastSequenceNumberFor(id.toString()).orElseThrow();
        ProjectView live = node.getBean(QueryGateway.class).query(new FindProjectQuery(id, version),
                ResponseTypes.optionalInstanceOf(ProjectView.class)).join().orElseThrow();
        assertThat(live.version()).isEqualTo(version);
        shown.put(version, live);
    }

    private static Optional<ProjectView> asOf(QueryGateway queries, ProjectId id, long sequence) {
        return queries.query(new FindProjectAsOfQuery(id, sequence), ResponseTypes.optionalInstanceOf(ProjectView.class))
                .join();
    }
}
