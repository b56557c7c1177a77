package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.project.ProjectScenario.SUPERVISOR;
import static org.clusterhub.app.project.ProjectScenario.coordinator;
import static org.clusterhub.app.project.ProjectScenario.expert;
import static org.clusterhub.app.project.ProjectScenario.member;
import static org.clusterhub.app.project.ProjectScenario.sections;
import static org.clusterhub.app.project.ProjectScenario.staff;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A project through its lifecycle with real commands, projected over the embedded server's wire protocol: what its
 * screen shows, whose work it is at each step, and that replaying the processors rebuilds the same documents.
 */
@IntegrationTest
class ProjectReadModelIntegrationTest {

    static final String LEAD = "潍柴雷沃智慧农业科技股份有限公司";

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TokenStore tokens;

    ProjectScenario scenario;
    ClusterId cluster;
    Actor staff;

    @BeforeEach
    void setUp() {
        scenario = new ProjectScenario(commands, queries, eventStore);
        // Publicity ends by deadline only: the project runs ten days in the past, so that its deadline is due at once.
        ProjectScenario.shiftClock(Duration.ofDays(-10));
        cluster = scenario.freshCluster(City.WEIFANG);
        staff = staff("staff-readmodel", cluster, City.WEIFANG, "潍坊农机测试促进会");
    }

    @AfterEach
    void resetClock() {
        ProjectScenario.resetClock();
    }

    @Test
    void aProjectIsProjectedThroughItsLifecycleAndEachPersonSeesTheirWork() {
        ProjectId id = scenario.draft(staff, cluster, "智能农机装备公共试验验证平台", LEAD, City.WEIFANG);
        scenario.send(staff, new AddParticipantCommand(id, "山东大学", City.JINAN, sections(ProjectSection.BUDGET)));
        scenario.complete(staff, id, "300", "200", LocalDate.of(2027, 6, 30), LEAD);

        ProjectView draft = scenario.view(id);
        assertThat(draft.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(draft.clusterName()).startsWith("测试集群");
        assertThat(draft.requestedBudget()).isEqualByComparingTo("500");
        assertThat(draft.parts()).containsKeys("overview", "section:AIMS", "section:CONTENT", "budget:b1",
                "budget:b2", "milestone:m1", "indicator:k1");
        assertThat(draft.parts().get("budget:b1").byName()).isEqualTo(staff.displayName());
        assertThat(draft.parts().get("budget:b1").byOrganization()).isEqualTo(staff.organization());
        assertThat(work(staff)).isEmpty();

        scenario.send(staff, new SubmitProjectCommand(id, scenario.version(id)));
        assertThat(kinds(coordinator(City.WEIFANG), id)).containsExactly(WorkKind.CITY_REVIEW);
        assertThat(kinds(coordinator(City.JINAN), id)).isEmpty();

        scenario.send(coordinator(City.WEIFANG), new RecommendProjectCommand(id, "同意推荐，配套资金已落实"));
        assertThat(kinds(coordinator(City.WEIFANG), id)).isEmpty();
        assertThat(kinds(SUPERVISOR, id)).containsExactly(WorkKind.DRAW_EXPERTS);

        scenario.send(SUPERVISOR, new DrawExpertPanelCommand(id, ProjectScenario.EXPERTS, 3,
                ScoringCriterion.standard(), ProjectScenario.today().plusDays(20), 7L));
        ExpertCandidate first = ProjectScenario.EXPERTS.get(0);
        assertThat(kinds(expert(first), id)).containsExactly(WorkKind.DECLARE_CONFLICT);
        scenario.send(expert(first), new DeclareConflictOfInterestCommand(id, false, null));
        assertThat(kinds(expert(first), id)).containsExactly(WorkKind.SCORE);
        scenario.send(expert(first), new LockExpertScoresCommand(id, ProjectScenario.scores(91), "技术路线成熟"));
        assertThat(kinds(expert(first), id)).isEmpty();
        ProjectView locked = scenario.view(id);
        assertThat(locked.review().experts()).filteredOn(ExpertSeatView::locked).hasSize(1);
        assertThat(locked.review().results()).isEmpty();
        for (ExpertCandidate other : ProjectScenario.EXPERTS.subList(1, 3)) {
            scenario.send(expert(other), new DeclareConflictOfInterestCommand(id, false, null));
            scenario.send(expert(other), new LockExpertScoresCommand(id, ProjectScenario.scores(85), null));
        }
        ProjectView reviewed = scenario.view(id);
        assertThat(reviewed.status()).isEqualTo(ProjectStatus.AWAITING_DECISION);
        assertThat(reviewed.review().results()).hasSize(3);
        assertThat(reviewed.review().averageScore()).isEqualByComparingTo("87.00");
        assertThat(kinds(SUPERVISOR, id)).containsExactly(WorkKind.DECIDE);

        // Publicity from (real) today: it runs while the objection is raised and answered.
        ProjectScenario.resetClock();
        scenario.send(SUPERVISOR, new ApproveProjectCommand(id, "同意立项", 5, ProjectScenario.today()));
        assertThat(scenario.view(id).publicity().publishedVersion()).isEqualTo(reviewed.version());
        scenario.send(member("member-sdu", City.JINAN, "山东大学"), new RaiseObjectionCommand(id, "o1", "孙立",
                "山东大学", "参与单位的分工与预算不匹配，请说明。"));
        awaitWorkQueue(id);
        assertThat(work(staff)).filteredOn(item -> item.projectId().equals(id)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorkKind.ANSWER_OBJECTION);
            assertThat(item.subjectId()).isEqualTo("o1");
        });
        assertThat(kinds(SUPERVISOR, id)).as("publicity still running").isEmpty();
        assertThat(scenario.view(id).publicity().objections()).singleElement()
                .satisfies(o -> assertThat(o.answer()).isNull());

        scenario.send(staff, new AnswerObjectionCommand(id, "o1", "分工已在任务书中细化，预算按分工列支。"));
        assertThat(kinds(staff, id)).isEmpty();
        assertThat(scenario.view(id).publicity().objections().get(0).answer()).startsWith("分工已在任务书中细化");
    }

    @Test
    void anApprovedProjectShowsItsBaselineSpendingAndChangeRequests() {
        ProjectId id = scenario.draft(staff, cluster, "农机装备数字化转型公共服务平台", LEAD, City.WEIFANG);
        scenario.complete(staff, id, "300", "200", LocalDate.of(2027, 6, 30), LEAD);
        scenario.reviewed(staff, id, City.WEIFANG);
        scenario.approveAndEndPublicity(id);
        assertThat(kinds(SUPERVISOR, id)).containsExactly(WorkKind.CONFIRM_APPROVAL);
        scenario.send(SUPERVISOR, new ConfirmApprovalCommand(id, LibraryState.IMPLEMENTATION));
        assertThat(kinds(SUPERVISOR, id)).isEmpty();

        ProjectView approved = scenario.view(id);
        assertThat(approved.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(approved.libraryState()).isEqualTo(LibraryState.IMPLEMENTATION);
        assertThat(approved.publicity().ended()).isTrue();
        assertThat(approved.approvedBudget()).isEqualByComparingTo("500");
        assertThat(approved.provincialSubsidy()).isEqualByComparingTo("300");
        assertThat(approved.baseline().budgetLines()).hasSize(2);
        assertThat(approved.notes()).extracting(StageNote::stage).contains("ProjectRecommendedEvent",
                "ProjectApprovedForPublicityEvent");

        Actor leadMember = member("member-lead", City.WEIFANG, LEAD);
        scenario.send(leadMember, new RecordExpenditureCommand(id, "b1", new BigDecimal("120.5"), "检测设备首付款"));
        scenario.send(leadMember, new RequestChangeCommand(id, "c1", ChangeKind.BUDGET, "设备价格上涨",
                new ChangeProposal(null, null, null, Map.of("b1", new BigDecimal("350")), null, null)));
        assertThat(kinds(SUPERVISOR, id)).containsExactly(WorkKind.DECIDE_CHANGE);
        ProjectView pending = scenario.view(id);
        assertThat(pending.spent()).isEqualByComparingTo("120.50");
        assertThat(pending.changeRequests()).singleElement().satisfies(c -> assertThat(c.decision()).isNull());

        scenario.send(SUPERVISOR, new DecideChangeRequestCommand(id, "c1", true, "同意调整"));
        ProjectView changed = scenario.view(id);
        assertThat(changed.budgetLines().get(0).approvedAmount()).isEqualByComparingTo("350");
        assertThat(changed.approvedBudget()).isEqualByComparingTo("550");
        assertThat(changed.baseline().budgetLines().get(0).amount()).isEqualByComparingTo("300");
        assertThat(kinds(SUPERVISOR, id)).isEmpty();

        ProjectPage page = scenario.query(new FindProjectsQuery(new ProjectFilter(cluster, null, null, null, null,
                null, null, null, false, null), ProjectScope.of(staff), ProjectSort.LAST_CHANGED, true, 0, 10),
                ProjectPage.class);
        assertThat(page.items()).singleElement().satisfies(row -> {
            assertThat(row.projectId()).isEqualTo(id);
            assertThat(row.approvedBudget()).isEqualByComparingTo("550");
            assertThat(row.spent()).isEqualByComparingTo("120.50");
            assertThat(row.version()).isEqualTo(changed.version());
        });
    }

    @Test
    void replayingTheProcessorsRebuildsTheSameDocuments() {
        ProjectId id = scenario.draft(staff, cluster, "农机作业大数据公共服务平台", LEAD, City.WEIFANG);
        scenario.complete(staff, id, "150", "90", LocalDate.of(2027, 3, 31), LEAD);
        scenario.send(staff, new SubmitProjectCommand(id, null));
        scenario.send(coordinator(City.WEIFANG), new ReturnProjectCommand(id, "请补充设备询价材料"));
        scenario.view(id);
        awaitWork(staff, id);
        List<Document> before = documents(id);
        assertThat(before).hasSize(4);

        replay("project-catalog");
        replay("project-work-queue");
        assertThat(documents(id)).as("redelivered events change nothing").isEqualTo(before);

        mongo.remove(query(where("_id").is(id.toString())), "projects");
        mongo.remove(query(where("_id").is(id.toString())), "project_library");
        mongo.remove(query(where("_id").is(id.toString())), "project_work_state");
        mongo.remove(query(where("projectId").is(id.toString())), "project_work_items");
        replay("project-catalog");
        replay("project-work-queue");
        assertThat(documents(id)).as("rebuilt from the event store").isEqualTo(before);
    }

    private List<WorkItem> work(Actor actor) {
        return scenario.query(new FindWorkItemsQuery(actor), WorkQueue.class).items();
    }

    /** The kinds of {@code actor}'s items on this project, once the work queue has caught up with it. */
    private List<WorkKind> kinds(Actor actor, ProjectId id) {
        awaitWorkQueue(id);
        return work(actor).stream().filter(item -> item.projectId().equals(id)).map(WorkItem::kind).toList();
    }

    private void awaitWorkQueue(ProjectId id) {
        scenario.awaitProcessor(processing, tokens, "project-work-queue");
    }

    private void awaitWork(Actor actor, ProjectId id) {
        awaitWorkQueue(id);
        assertThat(work(actor)).anyMatch(item -> item.projectId().equals(id));
    }

    private List<Document> documents(ProjectId id) {
        List<Document> docs = new ArrayList<>();
        for (String collection : List.of("projects", "project_library", "project_work_state")) {
            mongo.getCollection(collection).find(new Document("_id", id.toString())).into(docs);
        }
        mongo.getCollection("project_work_items").find(new Document("projectId", id.toString())).into(docs);
        return docs;
    }

    /** Resets a processor's tokens and waits until it has handled the whole store again. */
    private void replay(String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        scenario.awaitProcessor(processing, tokens, name);
    }
}
