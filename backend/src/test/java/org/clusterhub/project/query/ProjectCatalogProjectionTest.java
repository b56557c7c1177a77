package org.clusterhub.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The project catalog against a real MongoDB-wire server (mongo-java-server, in memory): a project's way from draft
 * to an approved budget change, the library rows and totals, redelivery, and sealed scores.
 */
class ProjectCatalogProjectionTest {

    static final ClusterId CLUSTER = ClusterId.forPlanCode("cnc-machine-tools");
    static final ClusterId OTHER_CLUSTER = ClusterId.forPlanCode("high-end-meat");
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final MetaData STAFF = MetaData.with("username", "staff07").and("displayName", "机床协会 工作人员")
            .and("organization", "山东机床通用机械工业协会");
    static final MetaData MEMBER = MetaData.with("username", "member-sdu").and("displayName", "山东大学 成员")
            .and("organization", "山东大学");

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private ProjectCatalogProjection projection;
    private final List<Object> recorded = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "test");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void clean() {
        mongo.getDb().drop();
        projection = new ProjectCatalogProjection(mongo);
        projection.on(new ClusterRegisteredEvent(CLUSTER, 7, "cnc-machine-tools", "数控机床产业集群",
                "CNC machine tools cluster", ClusterLevel.PROVINCIAL, new PromotionOrganization("山东机床通用机械工业协会",
                "Shandong Machine Tool Association"), List.of(City.JINAN), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }

    @Test
    void aDraftShowsItsPartsWithWhoChangedThemLast() {
        ProjectId id = ProjectId.create();
        Timeline t = new Timeline(id);
        t.drafted("五轴联动数控机床共性技术研发平台", "济南二机床集团有限公司", City.JINAN);
        t.at(STAFF, new ProjectSectionRevisedEvent(id, ProjectSection.AIMS, "突破五轴联动关键技术"));
        t.at(STAFF, new ParticipantAddedEvent(id, "山东大学", City.JINAN, ParticipantRole.PARTNER,
                Set.of(ProjectSection.BUDGET)));
        t.at(MEMBER, new BudgetLineAddedEvent(id, "b1", "研发设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal("300")));
        t.at(MEMBER, new BudgetLineAddedEvent(id, "b.2", "企业配套投入", FundingSource.ENTERPRISE_FUNDS,
                new BigDecimal("450.5")));
        t.at(STAFF, new BudgetLineRevisedEvent(id, "b1", "研发设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal("280")));
        t.at(STAFF, new MilestoneAddedEvent(id, "m1", "完成样机", LocalDate.of(2026, 12, 31), "样机一台",
                "济南二机床集团有限公司"));

        ProjectView view = find(id);
        assertThat(view.version()).isEqualTo(7);
        assertThat(view.clusterName()).isEqualTo("数控机床产业集群");
        assertThat(view.aims()).isEqualTo("突破五轴联动关键技术");
        assertThat(view.participants()).extracting(ParticipantView::organization)
                .containsExactly("济南二机床集团有限公司", "山东大学");
        assertThat(view.budgetLines()).extracting(BudgetLineView::amount)
                .containsExactly(new BigDecimal("280.00"), new BigDecimal("450.50"));
        assertThat(view.requestedBudget()).isEqualByComparingTo("730.50");
        assertThat(view.approvedBudget()).isNull();
        assertThat(view.parts()).containsOnlyKeys("overview", "section:AIMS", "section:CONTENT", "budget:b1",
                "budget:b.2", "milestone:m1", "participant:济南二机床集团有限公司", "participant:山东大学");
        assertThat(view.parts().get("participant:山东大学").version()).isEqualTo(3);
        assertThat(view.parts().get("budget:b1")).isEqualTo(new PartStamp(6, "机床协会 工作人员",
                "山东机床通用机械工业协会", t.time(6)));
        assertThat(view.parts().get("budget:b.2").byOrganization()).isEqualTo("山东大学");
        assertThat(view.parts().get("section:CONTENT").version()).isZero();

        t.at(STAFF, new BudgetLineRemovedEvent(id, "b.2"));
        assertThat(find(id).parts()).doesNotContainKey("budget:b.2");
        assertThat(find(id).requestedBudget()).isEqualByComparingTo("280");
    }

    @Test
    void scoresStaySealedUntilTheReviewCompletes() {
        ProjectId id = ProjectId.create();
        Timeline t = reviewed(id);
        List<ExpertCandidate> panel = List.of(new ExpertCandidate("expert01", "王建国", "中国海洋大学"),
                new ExpertCandidate("expert02", "李秀英", "齐鲁工业大学"),
                new ExpertCandidate("expert03", "张伟", "青岛科技大学"));
        t.at(MetaData.emptyInstance(), new ExpertPanelDrawnEvent(id, panel, List.of("expert09"),
                ScoringCriterion.standard(), LocalDate.of(2026, 4, 30), 42L, 12));
        for (ExpertCandidate expert : panel) {
            t.at(MetaData.with("username", expert.username()), new ExpertConflictDeclaredEvent(id,
                    expert.username(), false, null));
            t.at(MetaData.with("username", expert.username()), new ExpertScoresLockedEvent(id, expert.username(),
                    List.of(new CriterionScore("technology", 87)), "技术路线清晰，建议加强产学研合作"));
        }

        ProjectView locked = find(id);
        assertThat(locked.review().experts()).allSatisfy(seat -> {
            assertThat(seat.declared()).isTrue();
            assertThat(seat.locked()).isTrue();
        });
        assertThat(locked.review().results()).isEmpty();
        assertThat(locked.review().averageScore()).isNull();
        assertThat(locked.review().excluded()).containsExactly("expert09");
        String stored = mongo.getCollection("projects").find().into(new ArrayList<>()).toString()
                + mongo.getCollection("project_library").find().into(new ArrayList<>());
        // Looked for as a stored field, not as two digits: random ids and timestamps may contain "87".
        assertThat(stored).doesNotContain("score=87").doesNotContain("87.0").doesNotContain("建议加强产学研合作");

        ExpertResult result = new ExpertResult("expert01", "王建国", List.of(new CriterionScore("technology", 87)),
                new BigDecimal("87.00"), "技术路线清晰，建议加强产学研合作");
        t.at(MetaData.emptyInstance(), new ExpertReviewCompletedEvent(id, List.of(result), new BigDecimal("87.00")));
        ProjectView completed = find(id);
        assertThat(completed.status()).isEqualTo(ProjectStatus.AWAITING_DECISION);
        assertThat(completed.review().results()).containsExactly(result);
        assertThat(completed.review().averageScore()).isEqualByComparingTo("87");
    }

    @Test
    void anApprovedProjectKeepsItsBaselineWhileApprovedChangesMoveThePlan() {
        ProjectId id = ProjectId.create();
        Timeline t = approved(id, CLUSTER, "300", "200");
        t.at(STAFF, new ExpenditureRecordedEvent(id, "b1", new BigDecimal("120"), "设备首付款",
                new BigDecimal("120")));
        ChangeProposal proposal = new ChangeProposal(null, null, null, Map.of("b1", new BigDecimal("350")), null,
                null);
        t.at(STAFF, new ChangeRequestedEvent(id, "c1", ChangeKind.BUDGET, "设备涨价", proposal));

        ProjectView pending = find(id);
        assertThat(pending.approvedBudget()).isEqualByComparingTo("500");
        assertThat(pending.provincialSubsidy()).isEqualByComparingTo("300");
        assertThat(pending.spent()).isEqualByComparingTo("120");
        assertThat(pending.changeRequests()).singleElement().satisfies(c -> {
            assertThat(c.decision()).isNull();
            assertThat(c.proposal().budgetLineAmounts()).containsEntry("b1", new BigDecimal("350"));
            assertThat(c.requestedBy()).isEqualTo("机床协会 工作人员");
        });

        t.at(MetaData.with("displayName", "省工信厅 督导员"), new ChangeRequestApprovedEvent(id, "c1",
                ChangeKind.BUDGET, proposal, "同意"));
        ProjectView changed = find(id);
        assertThat(changed.budgetLines().get(0).approvedAmount()).isEqualByComparingTo("350");
        assertThat(changed.approvedBudget()).isEqualByComparingTo("550");
        assertThat(changed.provincialSubsidy()).isEqualByComparingTo("350");
        assertThat(changed.baseline().budgetLines().get(0).amount()).isEqualByComparingTo("300");
        assertThat(changed.changeRequests().get(0).decision()).isEqualTo("APPROVED");
        assertThat(changed.libraryState()).isEqualTo(LibraryState.IMPLEMENTATION);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        ProjectId id = ProjectId.create();
        Timeline t = approved(id, CLUSTER, "300", "200");
        t.at(STAFF, new ExpenditureRecordedEvent(id, "b1", new BigDecimal("10"), "差旅", new BigDecimal("10")));
        List<Document> before = raw();

        t.replayAll();

        assertThat(raw()).isEqualTo(before);
        assertThat(find(id).spent()).isEqualByComparingTo("10");
    }

    @Test
    void aLibraryRowMissingAfterACrashIsRestoredByTheRedeliveredEvent() {
        ProjectId id = ProjectId.create();
        Timeline t = approved(id, CLUSTER, "300", "200");
        mongo.remove(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                .is(id.toString())), ProjectLibraryDocument.class);
        ProjectDocument doc = mongo.findById(id.toString(), ProjectDocument.class);
        // The project document one version behind, as if the node stopped between the two writes.
        mongo.getCollection("projects").updateOne(new Document("_id", id.toString()),
                new Document("$set", new Document("version", doc.version - 1)));

        t.replayAll();

        assertThat(page(ProjectFilter.none(), new ProjectScope(true, Set.of(), null, null)).items())
                .extracting(ProjectSummary::projectId).contains(id);
    }

    @Test
    void theLibraryFiltersByScopeAndSumsOverEveryMatchNotJustThePage() {
        ProjectId a = ProjectId.create();
        ProjectId b = ProjectId.create();
        ProjectId c = ProjectId.create();
        approved(a, CLUSTER, "300", "200");
        approved(b, CLUSTER, "100", "50.25");
        Timeline other = approved(c, OTHER_CLUSTER, "80", "20");
        other.at(STAFF, new ExpenditureRecordedEvent(c, "b1", new BigDecimal("5.5"), "培训", new BigDecimal("5.5")));

        ProjectFilter cnc = new ProjectFilter(CLUSTER, null, null, null, null, null, null, null, false, null);
        ProjectPage first = projection.handle(new FindProjectsQuery(cnc, new ProjectScope(true, Set.of(), null,
                null), ProjectSort.FUNDING, true, 0, 1));
        assertThat(first.items()).extracting(ProjectSummary::projectId).containsExactly(a);
        assertThat(first.items().get(0).clusterName()).isEqualTo("数控机床产业集群");
        assertThat(first.totals()).isEqualTo(new ProjectTotals(2, new BigDecimal("650.25"),
                new BigDecimal("400.00"), new BigDecimal("0.00")));

        ProjectScope staffOfOther = new ProjectScope(false, Set.of(OTHER_CLUSTER.toString()), null, null);
        ProjectPage theirs = page(ProjectFilter.none(), staffOfOther);
        assertThat(theirs.items()).extracting(ProjectSummary::projectId).containsExactly(c);
        assertThat(theirs.totals().spent()).isEqualByComparingTo("5.50");

        ProjectScope weifang = new ProjectScope(false, Set.of(), City.WEIFANG, null);
        assertThat(page(ProjectFilter.none(), weifang).items()).extracting(ProjectSummary::projectId)
                .containsExactlyInAnyOrder(a, b, c);
        ProjectScope heze = new ProjectScope(false, Set.of(), City.HEZE, null);
        assertThat(page(ProjectFilter.none(), heze).totals().count()).isZero();
        ProjectScope member = new ProjectScope(false, Set.of(), null, "潍柴动力股份有限公司");
        assertThat(page(ProjectFilter.none(), member).totals().count()).isEqualTo(3);
        ProjectScope nobody = new ProjectScope(false, Set.of(), null, null);
        assertThat(page(ProjectFilter.none(), nobody).totals().count()).isZero();

        ProjectFilter big = new ProjectFilter(null, null, LibraryState.IMPLEMENTATION, ProjectStatus.IN_PROGRESS,
                City.JINAN, 2027, new BigDecimal("150"), new BigDecimal("600"), false, "机床");
        assertThat(page(big, new ProjectScope(true, Set.of(), null, null)).items())
                .extracting(ProjectSummary::projectId).containsExactlyInAnyOrder(a, b);
        ProjectFilter year = new ProjectFilter(null, null, null, null, null, 2029, null, null, false, null);
        assertThat(page(year, new ProjectScope(true, Set.of(), null, null)).totals().count()).isZero();
    }

    @Test
    void amissedMilestoneMarksTheProjectOverdueUntilItIsCompleted() {
        ProjectId id = ProjectId.create();
        Timeline t = approved(id, CLUSTER, "300", "200");
        t.at(MetaData.emptyInstance(), new ProjectDeadlineMissedEvent(id, DeadlineKind.MILESTONE, "m1",
                LocalDate.of(2026, 6, 30)));
        ProjectFilter overdue = new ProjectFilter(null, null, null, null, null, null, null, null, true, null);
        ProjectScope all = new ProjectScope(true, Set.of(), null, null);
        assertThat(page(overdue, all).items()).extracting(ProjectSummary::projectId).containsExactly(id);
        assertThat(find(id).overdue()).containsExactly("MILESTONE:m1");
        assertThat(find(id).milestones().get(0).overdue()).isTrue();

        t.at(STAFF, new MilestoneProgressReportedEvent(id, "m1", 100, "样机通过验收", List.of(), true));
        assertThat(page(overdue, all).totals().count()).isZero();
        assertThat(find(id).overdue()).isEmpty();
        assertThat(find(id).milestones().get(0).completed()).isTrue();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Timeline reviewed(ProjectId id) {
        Timeline t = new Timeline(id);
        t.drafted("五轴联动数控机床共性技术研发平台", "济南二机床集团有限公司", City.JINAN);
        t.at(STAFF, new ProjectSubmittedEvent(id, City.JINAN, LocalDate.of(2026, 3, 12)));
        t.at(MetaData.with("displayName", "济南市 协调员"), new ProjectRecommendedEvent(id, City.JINAN, "同意推荐"));
        return t;
    }

    /** A project of {@code cluster} approved with a provincial line b1 and an enterprise line b2, in implementation. */
    private Timeline approved(ProjectId id, ClusterId cluster, String subsidy, String enterprise) {
        Timeline t = new Timeline(id);
        t.at(STAFF, new ProjectDraftedEvent(id, cluster, ProjectKind.PUBLIC_SERVICE_PLATFORM, "机床共性技术平台",
                "济南二机床集团有限公司", City.JINAN, "刘强", 2026, 2028));
        t.at(STAFF, new ParticipantAddedEvent(id, "潍柴动力股份有限公司", City.WEIFANG, ParticipantRole.PARTNER,
                EnumSet.of(ProjectSection.MILESTONES)));
        t.at(STAFF, new BudgetLineAddedEvent(id, "b1", "设备", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal(subsidy)));
        t.at(STAFF, new BudgetLineAddedEvent(id, "b2", "配套", FundingSource.ENTERPRISE_FUNDS,
                new BigDecimal(enterprise)));
        t.at(STAFF, new MilestoneAddedEvent(id, "m1", "样机", LocalDate.of(2026, 6, 30), "样机",
                "济南二机床集团有限公司"));
        t.at(STAFF, new ProjectSubmittedEvent(id, City.JINAN, LocalDate.of(2026, 3, 12)));
        ProjectBaseline baseline = new ProjectBaseline("济南二机床集团有限公司", "刘强", 2026, 2028,
                List.of(new BaselineLine("b1", "设备", FundingSource.PROVINCIAL_SUBSIDY, new BigDecimal(subsidy)),
                        new BaselineLine("b2", "配套", FundingSource.ENTERPRISE_FUNDS, new BigDecimal(enterprise))),
                List.of(new BaselineMilestone("m1", "样机", LocalDate.of(2026, 6, 30))), List.of());
        BigDecimal total = new BigDecimal(subsidy).add(new BigDecimal(enterprise));
        t.at(MetaData.emptyInstance(), new ProjectApprovedEvent(id, baseline, total, new BigDecimal(subsidy)));
        t.at(MetaData.emptyInstance(), new ProjectEnteredLibraryEvent(id, LibraryState.IMPLEMENTATION, "approval",
                false));
        return t;
    }

    private ProjectView find(ProjectId id) {
        return projection.handle(new FindProjectQuery(id)).orElseThrow();
    }

    private ProjectPage page(ProjectFilter filter, ProjectScope scope) {
        return projection.handle(new FindProjectsQuery(filter, scope, ProjectSort.LAST_CHANGED, true, 0, 50));
    }

    private static List<Document> raw() {
        List<Document> docs = new ArrayList<>();
        mongo.getCollection("projects").find().into(docs);
        mongo.getCollection("project_library").find().into(docs);
        return docs;
    }

    /** Hands events to the projection as Axon would: in order, with sequence numbers, times and metadata. */
    private final class Timeline {
        private final ProjectId id;
        private final List<Consumer<Long>> deliveries = new ArrayList<>();
        private long next;

        Timeline(ProjectId id) {
            this.id = id;
        }

        Instant time(long sequence) {
            return T0.plusSeconds(3600 * sequence);
        }

        void drafted(String title, String lead, City city) {
            at(STAFF, new ProjectDraftedEvent(id, CLUSTER, ProjectKind.COLLABORATIVE_INNOVATION, title, lead, city,
                    "刘强", 2026, 2027));
            at(STAFF, new ParticipantAddedEvent(id, lead, city, ParticipantRole.LEAD,
                    EnumSet.allOf(ProjectSection.class)));
        }

        void at(MetaData meta, Object event) {
            long sequence = next++;
            Consumer<Long> delivery = seq -> deliver(event, seq, time(seq), meta);
            deliveries.add(delivery);
            recorded.add(event);
            delivery.accept(sequence);
        }

        void replayAll() {
            for (int i = 0; i < deliveries.size(); i++) {
                deliveries.get(i).accept((long) i);
            }
        }

        private void deliver(Object event, long sequence, Instant at, MetaData meta) {
            Delivery.deliver(projection, event, sequence, at, meta);
        }
    }
}
