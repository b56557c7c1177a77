package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo projects of the demo profile: every lifecycle state the screens show, reached through commands (the
 * approved ones after their publicity deadline), with work waiting in the right queues; a second start adds nothing.
 */
@IntegrationTest
// A seeder keeps working in the background after start: its context is closed after this class, not cached,
// so that it does not take CPU from the timed live-update tests that run later.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "clusterhub.seed.demo-projects=true")
class DemoProjectSeederTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ApplicationContext context;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;

    @Test
    void theDemoShowsProjectsInEveryStateWithWorkWaitingOnce() throws Exception {
        ProjectScenario scenario = new ProjectScenario(commands, queries, eventStore);
        ProjectScope everything = ProjectScope.of(ProjectScenario.SUPERVISOR);
        Map<ProjectStatus, Long> statuses = awaitStatuses(scenario, everything);

        assertThat(statuses.keySet()).containsAll(EnumSet.of(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED,
                ProjectStatus.RETURNED, ProjectStatus.WITHDRAWN, ProjectStatus.RECOMMENDED,
                ProjectStatus.EXPERT_REVIEW, ProjectStatus.AWAITING_DECISION, ProjectStatus.REJECTED,
                ProjectStatus.PUBLICITY, ProjectStatus.IN_PROGRESS, ProjectStatus.MIDTERM_EVALUATION,
                ProjectStatus.TERMINATED));
        ProjectPage all = page(scenario, ProjectFilter.none(), everything);
        assertThat(all.totals().count()).isEqualTo(17);
        assertThat(all.items()).extracting(ProjectSummary::libraryState).contains(LibraryState.RESERVE,
                LibraryState.IMPLEMENTATION, LibraryState.EXITED);
        assertThat(all.totals().approvedBudget()).isPositive();
        assertThat(all.totals().spent()).isPositive();
        assertThat(all.items()).extracting(ProjectSummary::clusterName).doesNotContainNull();
        // The overdue milestone is flagged by its deadline, which the deadline manager runs a few seconds later.
        scenario.awaitEvent(find(scenario, everything, "肉类加工智能化改造示范"), ProjectDeadlineMissedEvent.class,
                Duration.ofSeconds(60));
        scenario.awaitProcessor(processing, tokens, "project-catalog");
        ProjectFilter overdue = new ProjectFilter(null, null, null, null, null, null, null, null, true, null);
        assertThat(page(scenario, overdue, everything).items()).extracting(ProjectSummary::title)
                .contains("肉类加工智能化改造示范");

        ProjectView review = view(scenario, all, "聚氨酯新材料产业链协同创新平台");
        assertThat(review.review().excluded()).as("中国海洋大学 takes part: its expert is left out")
                .contains("expert02");
        assertThat(review.review().results()).isEmpty();
        ProjectView decided = view(scenario, all, "氢燃料电池发动机关键零部件产业化");
        assertThat(decided.review().excluded()).contains("expert01");
        assertThat(decided.review().results()).hasSize(5);
        ProjectView changing = view(scenario, all, "智能网联商用车测试验证公共服务平台");
        assertThat(changing.changeRequests()).singleElement().satisfies(c -> assertThat(c.decision()).isNull());
        assertThat(changing.parts().get("budget:b1").byName()).isNotBlank();

        List<WorkKind> supervisor = kinds(scenario, ProjectScenario.SUPERVISOR);
        assertThat(supervisor).contains(WorkKind.DRAW_EXPERTS, WorkKind.DECIDE, WorkKind.DECIDE_CHANGE,
                WorkKind.EVALUATE_MIDTERM);
        assertThat(kinds(scenario, ProjectScenario.coordinator(City.DONGYING))).contains(WorkKind.CITY_REVIEW);
        assertThat(kinds(scenario, new Actor("x", "staff08", "x", Role.PROMOTION_STAFF,
                Set.of(changingCluster(all, "高端医疗器械注册检验与临床评价服务平台")), City.ZIBO, "山东省医药行业协会")))
                .contains(WorkKind.ANSWER_OBJECTION);

        long events = eventStore.createHeadToken().position().orElseThrow();
        for (ApplicationRunner seeder : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (seeder.getClass().getSimpleName().startsWith("DemoProjectSeeder")) {
                seeder.run(new DefaultApplicationArguments());
            }
        }
        assertThat(eventStore.createHeadToken().position().orElseThrow()).as("a second start sends nothing")
                .isEqualTo(events);
    }

    private static Map<ProjectStatus, Long> awaitStatuses(ProjectScenario scenario, ProjectScope scope) {
        Instant deadline = Instant.now().plusSeconds(120);
        Map<ProjectStatus, Long> statuses = Map.of();
        while (Instant.now().isBefore(deadline)) {
            statuses = page(scenario, ProjectFilter.none(), scope).items().stream()
                    .collect(Collectors.groupingBy(ProjectSummary::status, Collectors.counting()));
            if (statuses.containsKey(ProjectStatus.MIDTERM_EVALUATION) && statuses.containsKey(ProjectStatus.TERMINATED)
                    && statuses.getOrDefault(ProjectStatus.IN_PROGRESS, 0L) >= 4) {
                scenario.awaitEvent(find(scenario, scope, "智能网联商用车测试验证公共服务平台"), ChangeRequestedEvent.class,
                        Duration.ofSeconds(30));
                return page(scenario, ProjectFilter.none(), scope).items().stream()
                        .collect(Collectors.groupingBy(ProjectSummary::status, Collectors.counting()));
            }
            ProjectScenario.sleep(250);
        }
        throw new AssertionError("the demo projects did not reach their states: " + statuses);
    }

    private static ProjectId find(ProjectScenario scenario, ProjectScope scope, String title) {
        return page(scenario, ProjectFilter.none(), scope).items().stream().filter(p -> p.title().equals(title))
                .findFirst().orElseThrow().projectId();
    }

    private static String changingCluster(ProjectPage page, String title) {
        return page.items().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().clusterId()
                .toString();
    }

    private static ProjectView view(ProjectScenario scenario, ProjectPage page, String title) {
        Map<String, ProjectId> byTitle = page.items().stream()
                .collect(Collectors.toMap(ProjectSummary::title, ProjectSummary::projectId));
        return scenario.view(byTitle.get(title));
    }

    private static ProjectPage page(ProjectScenario scenario, ProjectFilter filter, ProjectScope scope) {
        return scenario.query(new FindProjectsQuery(filter, scope, ProjectSort.LAST_CHANGED, true, 0, 100),
                ProjectPage.class);
    }

    private static List<WorkKind> kinds(ProjectScenario scenario, Actor actor) {
        return scenario.query(new FindWorkItemsQuery(actor), WorkQueue.class).items().stream().map(WorkItem::kind)
                .toList();
    }
}
