package org.clusterhub.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** "My work" for each person as a project moves through its lifecycle, against mongo-java-server in memory. */
class WorkQueueProjectionTest {

    static final ClusterId CLUSTER = ClusterId.forPlanCode("smart-agricultural-machinery");
    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
    static final Actor SUPERVISOR = actor("supervisor", Role.SUPERVISOR, Set.of(), City.JINAN, "山东省工业和信息化厅");
    static final Actor STAFF = actor("staff06", Role.PROMOTION_STAFF, Set.of(CLUSTER.toString()), City.WEIFANG,
            "山东省农业机械科学研究院");
    static final Actor OTHER_STAFF = actor("staff07", Role.PROMOTION_STAFF,
            Set.of(ClusterId.forPlanCode("cnc-machine-tools").toString()), City.JINAN, "山东机床通用机械工业协会");
    static final Actor WEIFANG = actor("coord-weifang", Role.CITY_COORDINATOR, Set.of(), City.WEIFANG, "潍坊市工业和信息化局");
    static final Actor JINAN = actor("coord-jinan", Role.CITY_COORDINATOR, Set.of(), City.JINAN, "济南市工业和信息化局");
    static final Actor LEAD = actor("member-weichai", Role.MEMBER, Set.of(), City.WEIFANG, "潍柴雷沃智慧农业科技股份有限公司");
    static final Actor PARTNER = actor("member-sdu", Role.MEMBER, Set.of(), City.JINAN, "山东大学");
    static final Actor EXPERT1 = actor("expert01", Role.EXPERT, Set.of(), City.QINGDAO, "中国海洋大学");
    static final Actor EXPERT2 = actor("expert02", Role.EXPERT, Set.of(), City.JINAN, "齐鲁工业大学");

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private WorkQueueProjection projection;
    private final ProjectId id = ProjectId.create();
    private final List<Object> events = new ArrayList<>();

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
        projection = new WorkQueueProjection(mongo);
        GenericEventMessage.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void resetClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void reviewWorkMovesFromTheCityToTheProvinceToEachDrawnExpert() {
        drafted();
        assertThat(kinds(STAFF)).isEmpty();

        apply(new ProjectSubmittedEvent(id, City.WEIFANG, LocalDate.of(2026, 5, 14)));
        assertThat(queue(WEIFANG)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorkKind.CITY_REVIEW);
            assertThat(item.projectTitle()).isEqualTo("智能农机装备公共试验验证平台");
            assertThat(item.due()).isEqualTo(LocalDate.of(2026, 5, 14));
            assertThat(item.overdue()).isFalse();
        });
        assertThat(kinds(JINAN)).isEmpty();
        apply(new ProjectDeadlineMissedEvent(id, DeadlineKind.CITY_REVIEW, null, LocalDate.of(2026, 5, 14)));
        assertThat(queue(WEIFANG).get(0).overdue()).isTrue();

        apply(new ProjectRecommendedEvent(id, City.WEIFANG, "同意推荐"));
        assertThat(kinds(WEIFANG)).isEmpty();
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.DRAW_EXPERTS);

        List<ExpertCandidate> panel = List.of(new ExpertCandidate("expert01", "王建国", "中国海洋大学"),
                new ExpertCandidate("expert02", "李秀英", "齐鲁工业大学"),
                new ExpertCandidate("expert03", "张伟", "青岛科技大学"));
        apply(new ExpertPanelDrawnEvent(id, panel, List.of(), ScoringCriterion.standard(),
                LocalDate.of(2026, 5, 30), 1L, 10));
        assertThat(kinds(SUPERVISOR)).isEmpty();
        assertThat(kinds(EXPERT1)).containsExactly(WorkKind.DECLARE_CONFLICT);
        assertThat(queue(EXPERT1).get(0).due()).isEqualTo(LocalDate.of(2026, 5, 30));

        apply(new ExpertConflictDeclaredEvent(id, "expert01", false, null));
        assertThat(kinds(EXPERT1)).containsExactly(WorkKind.SCORE);
        apply(new ExpertConflictDeclaredEvent(id, "expert02", true, "曾参与该项目前期论证"));
        assertThat(kinds(EXPERT2)).isEmpty();
        assertThat(kinds(SUPERVISOR)).as("a recusal asks for a replacement").containsExactly(WorkKind.DRAW_EXPERTS);
        apply(new ExpertPanelDrawnEvent(id, List.of(new ExpertCandidate("expert04", "赵敏", "山东理工大学")),
                List.of(), ScoringCriterion.standard(), LocalDate.of(2026, 5, 30), 2L, 10));
        assertThat(kinds(SUPERVISOR)).isEmpty();

        apply(new ExpertScoresLockedEvent(id, "expert01", List.of(new CriterionScore("technology", 90)), null));
        assertThat(kinds(EXPERT1)).isEmpty();

        apply(new ExpertReviewCompletedEvent(id, List.of(), new BigDecimal("88.5")));
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.DECIDE);
        assertThat(kinds(actor("expert03", Role.EXPERT, Set.of(), null, "青岛科技大学"))).isEmpty();
    }

    @Test
    void returnedProjectsGoBackToTheirClustersStaff() {
        drafted();
        apply(new ProjectSubmittedEvent(id, City.WEIFANG, LocalDate.of(2026, 5, 14)));
        apply(new ProjectReturnedEvent(id, ReviewStage.CITY_REVIEW, "预算测算依据不足，请补充设备询价材料"));
        assertThat(queue(STAFF)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorkKind.REVISE);
            assertThat(item.subject()).isEqualTo("预算测算依据不足，请补充设备询价材料");
        });
        assertThat(kinds(OTHER_STAFF)).isEmpty();
        assertThat(kinds(WEIFANG)).isEmpty();
    }

    @Test
    void objectionsAreAnsweredBeforeTheApprovalIsConfirmed() {
        drafted();
        apply(new ProjectApprovedForPublicityEvent(id, "同意", 12, LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 8)));
        apply(new ObjectionRaisedEvent(id, "o1", "孙立", "潍坊某农机企业", "参与单位资质存疑", 12));
        assertThat(queue(STAFF)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorkKind.ANSWER_OBJECTION);
            assertThat(item.subjectId()).isEqualTo("o1");
            assertThat(item.subject()).isEqualTo("孙立：参与单位资质存疑");
        });
        apply(new PublicityEndedEvent(id, LocalDate.of(2026, 5, 8), 1));
        assertThat(kinds(SUPERVISOR)).as("not while an objection is open").isEmpty();
        apply(new ObjectionAnsweredEvent(id, "o1", "经核查，参与单位资质符合要求"));
        assertThat(kinds(STAFF)).isEmpty();
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.CONFIRM_APPROVAL);
    }

    @Test
    void milestonesComeOntoTheOwnersListsThirtyDaysAheadAndLeaveWhenCompleted() {
        drafted();
        apply(new ParticipantAddedEvent(id, "山东大学", City.JINAN, ParticipantRole.PARTNER,
                EnumSet.of(ProjectSection.MILESTONES)));
        apply(new MilestoneAddedEvent(id, "m1", "样机试制", LocalDate.of(2026, 5, 20), "样机", "山东大学"));
        apply(new MilestoneAddedEvent(id, "m2", "田间试验", LocalDate.of(2026, 9, 30), "试验报告",
                "潍柴雷沃智慧农业科技股份有限公司"));
        apply(new MilestoneAddedEvent(id, "m3", "方案设计", LocalDate.of(2026, 4, 30), "设计方案",
                "潍柴雷沃智慧农业科技股份有限公司"));
        apply(new ProjectApprovedEvent(id, null, new BigDecimal("500"), new BigDecimal("300")));

        assertThat(queue(STAFF)).extracting(WorkItem::subjectId).containsExactly("m3", "m1");
        assertThat(queue(STAFF).get(0).overdue()).as("due date passed").isTrue();
        assertThat(queue(PARTNER)).extracting(WorkItem::subjectId).containsExactly("m1");
        assertThat(queue(LEAD)).extracting(WorkItem::subjectId).containsExactly("m3");

        apply(new MilestoneProgressReportedEvent(id, "m3", 100, "方案通过评审", List.of(), true));
        apply(new MilestoneProgressReportedEvent(id, "m1", 40, "完成零部件采购", List.of(), false));
        assertThat(queue(STAFF)).extracting(WorkItem::subjectId).containsExactly("m1");
        apply(new ProjectDeadlineMissedEvent(id, DeadlineKind.MILESTONE, "m1", LocalDate.of(2026, 5, 20)));
        assertThat(queue(PARTNER).get(0).overdue()).isTrue();
    }

    @Test
    void changeRequestsAndEvaluationsGoToTheProvinceAndSelfEvaluationsToTheLeadSide() {
        drafted();
        apply(new ProjectApprovedEvent(id, null, new BigDecimal("500"), new BigDecimal("300")));
        apply(new ChangeRequestedEvent(id, "c1", ChangeKind.PERIOD, "设备到货延期",
                new ChangeProposal(null, null, 2028, null, null, null)));
        assertThat(queue(SUPERVISOR)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorkKind.DECIDE_CHANGE);
            assertThat(item.subjectId()).isEqualTo("c1");
            assertThat(item.changeKind()).isEqualTo(ChangeKind.PERIOD);
            assertThat(item.subject()).isEqualTo("设备到货延期");
        });
        apply(new ChangeRequestRejectedEvent(id, "c1", "理由不充分"));
        assertThat(kinds(SUPERVISOR)).isEmpty();

        apply(new MidtermEvaluationStartedEvent(id, LocalDate.of(2026, 6, 30)));
        assertThat(kinds(STAFF)).containsExactly(WorkKind.SELF_EVALUATION);
        assertThat(kinds(LEAD)).containsExactly(WorkKind.SELF_EVALUATION);
        assertThat(queue(LEAD).get(0).subjectId()).isEqualTo("MIDTERM");
        assertThat(kinds(PARTNER)).isEmpty();
        apply(new SelfEvaluationSubmittedEvent(id, SelfEvaluationStage.MIDTERM, EvaluationGrade.GOOD,
                "按计划推进，完成投资60%"));
        assertThat(kinds(LEAD)).isEmpty();
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.EVALUATE_MIDTERM);
        apply(new MidtermEvaluationRecordedEvent(id, EvaluationGrade.GOOD, "良好", false, null));
        apply(new AcceptanceRequestedEvent(id, "项目已完成全部建设内容"));
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.DECIDE_ACCEPTANCE);
        apply(new AcceptanceResultRecordedEvent(id, AcceptanceResult.PASS, "通过"));
        assertThat(kinds(LEAD)).containsExactly(WorkKind.SELF_EVALUATION);
        apply(new SelfEvaluationSubmittedEvent(id, SelfEvaluationStage.PERFORMANCE, EvaluationGrade.GOOD,
                "绩效目标全部完成"));
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.CLOSE);
        apply(new ProjectClosedEvent(id, EvaluationGrade.GOOD, "结项"));
        assertThat(kinds(SUPERVISOR)).isEmpty();
        assertThat(mongo.getCollection("project_work_items").countDocuments()).isZero();
    }

    @Test
    void redeliveryWritesNothingNew() {
        drafted();
        apply(new ProjectSubmittedEvent(id, City.WEIFANG, LocalDate.of(2026, 5, 14)));
        apply(new ProjectRecommendedEvent(id, City.WEIFANG, "同意推荐"));
        List<Document> before = raw();
        for (int i = 0; i < events.size(); i++) {
            Delivery.deliver(projection, events.get(i), i, NOW.plusSeconds(i), MetaData.emptyInstance());
        }
        assertThat(raw()).isEqualTo(before);
        assertThat(kinds(SUPERVISOR)).containsExactly(WorkKind.DRAW_EXPERTS);
    }

    private void drafted() {
        apply(new ProjectDraftedEvent(id, CLUSTER, ProjectKind.PUBLIC_SERVICE_PLATFORM, "智能农机装备公共试验验证平台",
                "潍柴雷沃智慧农业科技股份有限公司", City.WEIFANG, "周涛", 2026, 2027));
    }

    private void apply(Object event) {
        int sequence = events.size();
        events.add(event);
        Delivery.deliver(projection, event, sequence, NOW.plusSeconds(sequence), MetaData.emptyInstance());
    }

    private List<WorkItem> queue(Actor actor) {
        return projection.handle(new FindWorkItemsQuery(actor)).items();
    }

    private List<WorkKind> kinds(Actor actor) {
        return queue(actor).stream().map(WorkItem::kind).toList();
    }

    private static List<Document> raw() {
        List<Document> docs = new ArrayList<>();
        mongo.getCollection("project_work_state").find().into(docs);
        mongo.getCollection("project_work_items").find().into(docs);
        return docs;
    }

    private static Actor actor(String username, Role role, Set<String> clusters, City city, String organization) {
        return new Actor(username, username, username, role, clusters, city, organization);
    }
}
