package org.clusterhub.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.*;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.challenge.api.ChallengeDecisionPublishedEvent;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ChallengePostedEvent;
import org.clusterhub.challenge.api.DeliveryAcceptanceRecordedEvent;
import org.clusterhub.cluster.api.*;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumProposedEvent;
import org.clusterhub.consortium.api.FoundingAgreementSignedEvent;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.GrantId;
import org.clusterhub.subsidy.api.RecipientKind;
import org.clusterhub.subsidy.api.TranchePaidEvent;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicators of a promotion organization's activity, computed from scripted events of every kind that counts
 * (and of kinds that must not: a failed acceptance, a cancelled activity, another cluster's project, one meeting's
 * second outcome), for two years: each figure, its drill-down (exactly the events behind it), a figure as known at an
 * earlier moment, and the change report between the two years. The events go straight into the real event store
 * with their dates, as the aggregates would have stored them, under a cluster of the test's own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationActivityIntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor STAFF = new Actor("u-staff", "staff-test", "王芳", Role.PROMOTION_STAFF, Set.of(), City.QINGDAO,
            "测试产业促进会");
    static final Actor SUPERVISOR = new Actor("u-sup", "supervisor", "省工信厅 督导员", Role.SUPERVISOR, Set.of(),
            City.JINAN, "山东省工业和信息化厅");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;

    /** The later year is the current one, unless today is one of its first two days. */
    final int later = LocalDate.now(SHANGHAI).getDayOfYear() > 2 ? LocalDate.now(SHANGHAI).getYear()
            : LocalDate.now(SHANGHAI).getYear() - 1;
    final int earlier = later - 1;

    ClusterId cluster;
    ProjectId p1;
    ProjectId p2;
    ActivityId fair;
    ActivityId training;
    MeetingId m1;
    MeetingId m2;

    /** Once for all tests: they only read. */
    @BeforeAll
    void scriptTwoYearsOfActivity() {
        cluster = ClusterId.forPlanCode("activity-test-" + UUID.randomUUID());
        ClusterId otherCluster = ClusterId.forPlanCode("activity-test-other-" + UUID.randomUUID());
        OrganizationId a = OrganizationId.forCreditCode("A" + UUID.randomUUID());
        OrganizationId b = OrganizationId.forCreditCode("B" + UUID.randomUUID());
        OrganizationId d = OrganizationId.forCreditCode("D" + UUID.randomUUID());
        OrganizationId e = OrganizationId.forCreditCode("E" + UUID.randomUUID());
        script("Cluster", cluster.toString(), SUPERVISOR,
                at(earlier, 1, 2, 9), new ClusterRegisteredEvent(cluster, null, "activity-test", "测试集群",
                        "Test cluster", ClusterLevel.PROVINCIAL, new PromotionOrganization("测试产业促进会", null),
                        List.of(City.QINGDAO), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                at(earlier, 3, 1, 10), added(a, "青岛甲公司", OrganizationKind.ENTERPRISE, City.QINGDAO),
                at(earlier, 4, 1, 10), added(b, "济南乙大学", OrganizationKind.UNIVERSITY, City.JINAN),
                at(later, 2, 1, 10), added(d, "青岛丁公司", OrganizationKind.ENTERPRISE, City.QINGDAO),
                at(later, 3, 1, 10), new MemberOrganizationRemovedEvent(cluster, b, "济南乙大学", City.JINAN, "退出"),
                at(later, 4, 1, 10), added(e, "青岛戊研究院", OrganizationKind.RESEARCH_INSTITUTE, City.QINGDAO));

        p1 = ProjectId.create();
        script("Project", p1.toString(), STAFF,
                at(earlier, 1, 10, 9), drafted(p1, cluster, "试验平台"),
                at(earlier, 2, 1, 9), new ProjectOverviewRevisedEvent(p1, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                        "试验验证公共服务平台", "周涛", earlier, later),
                at(earlier, 5, 1, 9), approved(p1, "300.00"),
                at(later, 3, 1, 9), new AcceptanceResultRecordedEvent(p1, AcceptanceResult.FAIL, "指标未达"),
                at(later, 5, 1, 9), new AcceptanceResultRecordedEvent(p1, AcceptanceResult.PASS, "通过"),
                at(later, 6, 1, 9), new ProjectClosedEvent(p1, EvaluationGrade.GOOD, "良好"));
        p2 = ProjectId.create();
        script("Project", p2.toString(), STAFF,
                at(later, 1, 5, 9), drafted(p2, cluster, "检测中心"),
                at(later, 2, 10, 9), approved(p2, "150.00"));
        ProjectId elsewhere = ProjectId.create();
        script("Project", elsewhere.toString(), STAFF,
                at(later, 1, 5, 9), drafted(elsewhere, otherCluster, "别的集群的项目"),
                at(later, 2, 10, 9), approved(elsewhere, "999.00"));

        ConsortiumId consortium = ConsortiumId.create();
        script("Consortium", consortium.toString(), STAFF,
                at(later, 1, 10, 9), new ConsortiumProposedEvent(consortium, cluster, "轨道材料创新联合体",
                        TechnologyArea.BASIC_MATERIALS, List.of("减振"), "攻关减振材料", List.of(), "青岛甲公司",
                        "91370200MA3R4T5U0X", OrganizationKind.ENTERPRISE, Commitment.none()),
                at(later, 2, 15, 9), new FoundingAgreementSignedEvent(consortium, List.of("青岛甲公司", "济南乙大学")));

        ChallengeId challenge = ChallengeId.create();
        script("Challenge", challenge.toString(), STAFF,
                at(earlier, 6, 1, 9), new ChallengePostedEvent(challenge, cluster, "测试产业促进会", "高速轴承攻关",
                        "寿命提升", TechnologyArea.BASIC_COMPONENTS, List.of("轴承"), List.of(), new BigDecimal("500"),
                        "奖励", "省内单位", at(earlier, 7, 1, 17), List.of(), List.of()),
                at(earlier, 9, 1, 9), new ChallengeDecisionPublishedEvent(challenge, "bid-1", "济南乙大学", null,
                        new BigDecimal("91.5"), 1, null, List.of()),
                at(later, 5, 1, 9), new DeliveryAcceptanceRecordedEvent(challenge, List.of(), true, "全部指标达到"));

        fair = ActivityId.create();
        m1 = MeetingId.create();
        m2 = MeetingId.create();
        RegistrationId x = RegistrationId.create();
        RegistrationId y = RegistrationId.create();
        script("Activity", fair.toString(), STAFF,
                at(earlier, 9, 1, 9), planned(fair, ActivityKind.MATCHMAKING, "供需对接会", at(earlier, 10, 10, 9),
                        at(earlier, 10, 10, 17)),
                at(earlier, 9, 2, 9), new ActivityPublishedEvent(fair),
                at(earlier, 9, 20, 9), revised(fair, "供需对接会（改期）", at(earlier, 10, 11, 9), at(earlier, 10, 11, 17)),
                at(earlier, 10, 11, 8), new AttendeeCheckedInEvent(fair, x, "青岛甲公司", at(earlier, 10, 11, 8)),
                at(earlier, 10, 11, 8), new AttendeeCheckedInEvent(fair, y, "济南乙大学", at(earlier, 10, 11, 8)),
                at(earlier, 10, 11, 16), new MeetingOutcomeRecordedEvent(fair, m1, x, "青岛甲公司",
                        MeetingOutcome.INTENTION, null, null),
                at(earlier, 10, 11, 16), new MeetingOutcomeRecordedEvent(fair, m1, y, "济南乙大学",
                        MeetingOutcome.CONTRACT_SIGNED, new BigDecimal("1200000"), null),
                at(earlier, 10, 11, 16), new MeetingOutcomeRecordedEvent(fair, m2, y, "济南乙大学",
                        MeetingOutcome.NO_RESULT, null, null));
        ActivityId cancelled = ActivityId.create();
        script("Activity", cancelled.toString(), STAFF,
                at(later, 3, 1, 9), planned(cancelled, ActivityKind.EXHIBITION, "展会", at(later, 4, 1, 9),
                        at(later, 4, 1, 17)),
                at(later, 3, 2, 9), new ActivityPublishedEvent(cancelled),
                at(later, 3, 15, 9), new ActivityCancelledEvent(cancelled, "场地取消", List.of()));
        training = ActivityId.create();
        script("Activity", training.toString(), STAFF,
                at(later, 1, 3, 9), planned(training, ActivityKind.TRAINING, "数字化培训", at(later, 1, 20, 9),
                        at(later, 1, 20, 16)),
                at(later, 1, 4, 9), new ActivityPublishedEvent(training));
        ActivityId notYetOver = ActivityId.create();
        Instant soon = Instant.now().plus(Duration.ofHours(2));
        script("Activity", notYetOver.toString(), STAFF,
                at(later, 1, 3, 9), planned(notYetOver, ActivityKind.TRAINING, "尚未举办的培训", soon,
                        soon.plus(Duration.ofHours(3))),
                at(later, 1, 4, 9), new ActivityPublishedEvent(notYetOver));
        ActivityId draftOnly = ActivityId.create();
        script("Activity", draftOnly.toString(), STAFF,
                at(later, 1, 3, 9), planned(draftOnly, ActivityKind.TRAINING, "未发布的培训", at(later, 1, 20, 9),
                        at(later, 1, 20, 16)));

        // A grant of 100 万元 to p2 in two tranches; the first is paid at the end of the earlier year but recorded in
        // the later one (it counts when it was paid), the second in the later year. A grant to another cluster and a
        // zone city's grant (no cluster) count for nobody here.
        FundingProgrammeId programme = FundingProgrammeId.create();
        GrantId grant = GrantId.create();
        script("FundingProgramme", programme.toString(), SUPERVISOR,
                at(later, 1, 10, 9), paid(programme, grant, 1, "30", LocalDate.of(earlier, 12, 30), cluster),
                at(later, 6, 10, 9), paid(programme, grant, 2, "50", LocalDate.of(later, 6, 9), cluster),
                at(later, 6, 11, 9), paid(programme, GrantId.create(), 1, "70", LocalDate.of(later, 6, 11),
                        otherCluster),
                at(later, 6, 12, 9), paid(programme, GrantId.create(), 1, "90", LocalDate.of(later, 6, 12), null));

        awaitProjection();
    }

    private TranchePaidEvent paid(FundingProgrammeId programme, GrantId grant, int tranche, String amount,
                                  LocalDate paidOn, ClusterId clusterId) {
        return new TranchePaidEvent(programme, paidOn.getYear(), grant, tranche, new BigDecimal(amount), paidOn,
                "凭证-" + tranche, null, RecipientKind.PROJECT, p2, "青岛甲公司", clusterId, City.QINGDAO,
                new BigDecimal(amount), new BigDecimal(amount));
    }

    private static Map<EvaluationIndicator, Long> counted(Object... indicatorsAndCounts) {
        Map<EvaluationIndicator, Long> counts = new java.util.EnumMap<>(EvaluationIndicator.class);
        for (int i = 0; i < indicatorsAndCounts.length; i += 2) {
            counts.put((EvaluationIndicator) indicatorsAndCounts[i], (Long) indicatorsAndCounts[i + 1]);
        }
        return counts;
    }

    /** Until the projection has handled every event stored so far. */
    private void awaitProjection() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        TrackingEventProcessor processor = processing.eventProcessor("organization-activity",
                TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                        .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }

    @Test
    void eachIndicatorCountsExactlyTheEventsThatCountForItsYear() {
        assertThat(counts(later)).containsExactlyInAnyOrderEntriesOf(counted(
                EvaluationIndicator.PROJECTS_APPROVED, 1L, EvaluationIndicator.PROJECTS_ACCEPTED, 1L,
                EvaluationIndicator.PROJECTS_CLOSED, 1L, EvaluationIndicator.CONSORTIA_FOUNDED, 1L,
                EvaluationIndicator.CHALLENGES_RESOLVED, 0L, EvaluationIndicator.CHALLENGES_DELIVERED, 1L,
                EvaluationIndicator.ACTIVITIES_HELD, 1L, EvaluationIndicator.ATTENDANCE, 0L,
                EvaluationIndicator.MATCHMAKING_OUTCOMES, 0L, EvaluationIndicator.MEMBER_ORGANIZATIONS, 3L,
                EvaluationIndicator.SUBSIDY_PAID, 1L));
        assertThat(counts(earlier)).containsExactlyInAnyOrderEntriesOf(counted(
                EvaluationIndicator.PROJECTS_APPROVED, 1L, EvaluationIndicator.PROJECTS_ACCEPTED, 0L,
                EvaluationIndicator.PROJECTS_CLOSED, 0L, EvaluationIndicator.CONSORTIA_FOUNDED, 0L,
                EvaluationIndicator.CHALLENGES_RESOLVED, 1L, EvaluationIndicator.CHALLENGES_DELIVERED, 0L,
                EvaluationIndicator.ACTIVITIES_HELD, 1L, EvaluationIndicator.ATTENDANCE, 2L,
                EvaluationIndicator.MATCHMAKING_OUTCOMES, 2L, EvaluationIndicator.MEMBER_ORGANIZATIONS, 2L,
                EvaluationIndicator.SUBSIDY_PAID, 1L));

        assertThat(figure(earlier, null, EvaluationIndicator.PROJECTS_APPROVED).amount())
                .isEqualByComparingTo("300.00");
        assertThat(figure(later, null, EvaluationIndicator.PROJECTS_APPROVED).amount()).isEqualByComparingTo("150");
        assertThat(figure(later, null, EvaluationIndicator.ATTENDANCE).amount()).as("no unit, no amount").isNull();
        assertThat(figure(later, null, EvaluationIndicator.SUBSIDY_PAID).amount()).as("paid, not granted")
                .isEqualByComparingTo("50");
        assertThat(figure(later, null, EvaluationIndicator.SUBSIDY_PAID).breakdown())
                .containsExactly(new BreakdownCount(FactBreakdown.KIND, "PROJECT", 1));
        assertThat(figure(earlier, null, EvaluationIndicator.SUBSIDY_PAID).amount()).isEqualByComparingTo("30");
        assertThat(figure(later, null, EvaluationIndicator.MEMBER_ORGANIZATIONS).breakdown()).containsExactly(
                new BreakdownCount(FactBreakdown.KIND, "ENTERPRISE", 2),
                new BreakdownCount(FactBreakdown.KIND, "RESEARCH_INSTITUTE", 1),
                new BreakdownCount(FactBreakdown.CITY, "QINGDAO", 3));
        assertThat(figure(earlier, null, EvaluationIndicator.ACTIVITIES_HELD).breakdown())
                .containsExactly(new BreakdownCount(FactBreakdown.KIND, "MATCHMAKING", 1));
    }

    @Test
    void eachFigureDrillsDownToExactlyTheEventsBehindIt() {
        assertThat(facts(later, EvaluationIndicator.PROJECTS_APPROVED, null, null)).extracting(
                        ActivityFact::aggregateId, ActivityFact::sequenceNumber, ActivityFact::eventType,
                        ActivityFact::aggregateType, ActivityFact::subject, ActivityFact::who)
                .containsExactly(tuple(p2.toString(), 1L, "ProjectApprovedEvent", "Project", "检测中心", "王芳"));
        ActivityFact approval = facts(earlier, EvaluationIndicator.PROJECTS_APPROVED, null, null).get(0);
        assertThat(approval.subject()).as("the project's title as it is now").isEqualTo("试验验证公共服务平台");
        assertThat(approval.eventTime()).isEqualTo(at(earlier, 5, 1, 9));
        assertThat(approval.whoOrganization()).isEqualTo("测试产业促进会");

        assertThat(facts(later, EvaluationIndicator.PROJECTS_ACCEPTED, null, null))
                .extracting(ActivityFact::aggregateId, ActivityFact::sequenceNumber, ActivityFact::detail)
                .as("the failed acceptance does not count").containsExactly(tuple(p1.toString(), 4L, "PASS"));

        List<ActivityFact> held = facts(earlier, EvaluationIndicator.ACTIVITIES_HELD, null, null);
        assertThat(held).extracting(ActivityFact::aggregateId, ActivityFact::sequenceNumber, ActivityFact::eventType,
                ActivityFact::subject).containsExactly(tuple(fair.toString(), 1L, "ActivityPublishedEvent",
                "供需对接会（改期）"));
        assertThat(held.get(0).occurredAt()).as("dated at its start as revised").isEqualTo(at(earlier, 10, 11, 9));
        assertThat(facts(later, EvaluationIndicator.ACTIVITIES_HELD, null, null))
                .extracting(ActivityFact::aggregateId).as("not the cancelled, unfinished or unpublished ones")
                .containsExactly(training.toString());

        assertThat(facts(earlier, EvaluationIndicator.MATCHMAKING_OUTCOMES, null, null))
                .extracting(ActivityFact::aggregateId, ActivityFact::sequenceNumber, ActivityFact::kind)
                .as("each meeting once, by its first recorded outcome")
                .containsExactly(tuple(fair.toString(), 5L, "INTENTION"), tuple(fair.toString(), 7L, "NO_RESULT"));
        assertThat(facts(earlier, EvaluationIndicator.ATTENDANCE, null, null))
                .extracting(ActivityFact::sequenceNumber, ActivityFact::detail)
                .containsExactly(tuple(3L, "青岛甲公司"), tuple(4L, "济南乙大学"));

        assertThat(facts(later, EvaluationIndicator.MEMBER_ORGANIZATIONS, null, null))
                .extracting(ActivityFact::aggregateId, ActivityFact::sequenceNumber, ActivityFact::detail)
                .containsExactly(tuple(cluster.toString(), 1L, "青岛甲公司"), tuple(cluster.toString(), 3L, "青岛丁公司"),
                        tuple(cluster.toString(), 5L, "青岛戊研究院"));
        List<ActivityFact> universities = facts(earlier, EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.KIND,
                "UNIVERSITY");
        assertThat(universities).extracting(ActivityFact::sequenceNumber, ActivityFact::detail)
                .containsExactly(tuple(2L, "济南乙大学"));
        assertThat(universities.get(0).endedAt()).as("it left the next year").isEqualTo(at(later, 3, 1, 10));
        assertThat(facts(later, EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.CITY, "QINGDAO")).hasSize(3);
        assertThat(facts(later, EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.CITY, "JINAN")).isEmpty();
    }

    @Test
    void aFigureAsKnownAtAnEarlierMomentLeavesOutWhatWasNotKnownYet() {
        Instant duringTheFair = at(earlier, 10, 11, 12);
        assertThat(figure(earlier, duringTheFair, EvaluationIndicator.ACTIVITIES_HELD).count())
                .as("the fair has not ended").isZero();
        assertThat(figure(earlier, duringTheFair, EvaluationIndicator.ATTENDANCE).count()).isEqualTo(2);
        assertThat(figure(earlier, duringTheFair, EvaluationIndicator.MATCHMAKING_OUTCOMES).count()).isZero();
        assertThat(figure(later, at(later, 3, 15, 0), EvaluationIndicator.MEMBER_ORGANIZATIONS).count())
                .as("A and D; B has left, E not yet joined").isEqualTo(2);
    }

    @Test
    void theChangeReportSetsTheYearsSideBySideAndMarksWhatImprovedAndWhatFellBack() {
        ActivityChange change = query(new FindActivityChangeQuery(cluster, EvaluationPeriod.ofYear(earlier),
                EvaluationPeriod.ofYear(later), null), ActivityChange.class);
        assertThat(change.rows()).extracting(IndicatorChange::indicator, IndicatorChange::breakdown,
                        IndicatorChange::key, IndicatorChange::before, IndicatorChange::after,
                        IndicatorChange::direction)
                .containsExactly(
                        tuple(EvaluationIndicator.PROJECTS_APPROVED, null, null, 1L, 1L, ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.PROJECTS_ACCEPTED, null, null, 0L, 1L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.PROJECTS_CLOSED, null, null, 0L, 1L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.CONSORTIA_FOUNDED, null, null, 0L, 1L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.CHALLENGES_RESOLVED, null, null, 1L, 0L, ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.CHALLENGES_DELIVERED, null, null, 0L, 1L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.ACTIVITIES_HELD, null, null, 1L, 1L, ChangeDirection.UNCHANGED),
                        tuple(EvaluationIndicator.ACTIVITIES_HELD, FactBreakdown.KIND, "TRAINING", 0L, 1L,
                                ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.ACTIVITIES_HELD, FactBreakdown.KIND, "MATCHMAKING", 1L, 0L,
                                ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.ATTENDANCE, null, null, 2L, 0L, ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.MATCHMAKING_OUTCOMES, null, null, 2L, 0L, ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, null, null, 2L, 3L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.KIND, "ENTERPRISE", 1L, 2L,
                                ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.KIND, "RESEARCH_INSTITUTE", 0L,
                                1L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.KIND, "UNIVERSITY", 1L, 0L,
                                ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.CITY, "QINGDAO", 1L, 3L,
                                ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, FactBreakdown.CITY, "JINAN", 1L, 0L,
                                ChangeDirection.FELL_BACK),
                        tuple(EvaluationIndicator.SUBSIDY_PAID, null, null, 1L, 1L, ChangeDirection.IMPROVED),
                        tuple(EvaluationIndicator.SUBSIDY_PAID, FactBreakdown.KIND, "PROJECT", 1L, 1L,
                                ChangeDirection.UNCHANGED));
        assertThat(change.rows().get(change.rows().size() - 2).amountAfter()).as("one payment each year, more paid")
                .isEqualByComparingTo("50");
        IndicatorChange approvals = change.rows().get(0);
        assertThat(approvals.amountBefore()).as("same count, less budget: fell back").isEqualByComparingTo("300");
        assertThat(approvals.amountAfter()).isEqualByComparingTo("150");

        ActivityChange halves = query(new FindActivityChangeQuery(cluster,
                new EvaluationPeriod(LocalDate.of(earlier, 1, 1), LocalDate.of(earlier, 6, 30)),
                new EvaluationPeriod(LocalDate.of(earlier, 7, 1), LocalDate.of(earlier, 12, 31)), null),
                ActivityChange.class);
        assertThat(halves.rows()).filteredOn(r -> r.breakdown() == null)
                .extracting(IndicatorChange::indicator, IndicatorChange::before, IndicatorChange::after)
                .contains(tuple(EvaluationIndicator.ATTENDANCE, 0L, 2L),
                        tuple(EvaluationIndicator.PROJECTS_APPROVED, 1L, 0L),
                        tuple(EvaluationIndicator.MEMBER_ORGANIZATIONS, 2L, 2L));
    }

    // ---- scripting -------------------------------------------------------------------------------------------------

    /** Stores an aggregate's events from sequence 0, each at its time, sent by {@code actor}. */
    private void script(String aggregateType, String aggregateId, Actor actor, Object... timesAndEvents) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < timesAndEvents.length; i += 2) {
            events.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, i / 2, timesAndEvents[i + 1],
                    ActorMetaData.of(actor), UUID.randomUUID().toString(), (Instant) timesAndEvents[i]));
        }
        eventStore.publish(events);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    private MemberOrganizationAddedEvent added(OrganizationId id, String name, OrganizationKind kind, City city) {
        return new MemberOrganizationAddedEvent(cluster, id, name, kind, city, ChainPosition.SUPPLIER, "code-" + id);
    }

    private ProjectDraftedEvent drafted(ProjectId id, ClusterId clusterId, String title) {
        return new ProjectDraftedEvent(id, clusterId, ProjectKind.PUBLIC_SERVICE_PLATFORM, title, "测试产业促进会",
                City.QINGDAO, "周涛", earlier, later);
    }

    private ProjectApprovedEvent approved(ProjectId id, String budget) {
        return new ProjectApprovedEvent(id, new ProjectBaseline("测试产业促进会", "周涛", earlier, later, List.of(),
                List.of(), List.of()), new BigDecimal(budget), new BigDecimal("100.00"));
    }

    private ActivityPlannedEvent planned(ActivityId id, ActivityKind kind, String title, Instant starts,
                                         Instant ends) {
        return new ActivityPlannedEvent(id, cluster, kind, title, "说明", City.QINGDAO, "会议中心", false, starts, ends,
                50, starts.minus(Duration.ofDays(20)), starts.minus(Duration.ofDays(1)), false, List.of(), 4, 30,
                null);
    }

    private static ActivityRevisedEvent revised(ActivityId id, String title, Instant starts, Instant ends) {
        return new ActivityRevisedEvent(id, title, "说明", City.QINGDAO, "会议中心", false, starts, ends, 50,
                starts.minus(Duration.ofDays(20)), starts.minus(Duration.ofDays(1)), false, List.of(), 4, 30, true,
                List.of());
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    private Map<EvaluationIndicator, Long> counts(int year) {
        Map<EvaluationIndicator, Long> counts = new java.util.EnumMap<>(EvaluationIndicator.class);
        activity(year, null).figures().forEach(f -> counts.put(f.indicator(), f.count()));
        return counts;
    }

    private IndicatorFigure figure(int year, Instant asOf, EvaluationIndicator indicator) {
        return activity(year, asOf).figure(indicator).orElseThrow();
    }

    private OrganizationActivity activity(int year, Instant asOf) {
        return query(new FindOrganizationActivityQuery(cluster, EvaluationPeriod.ofYear(year), asOf),
                OrganizationActivity.class);
    }

    private List<ActivityFact> facts(int year, EvaluationIndicator indicator, FactBreakdown breakdown, String key) {
        ActivityFactPage page = query(new FindActivityFactsQuery(cluster, indicator, EvaluationPeriod.ofYear(year),
                null, breakdown, key, 0, 100), ActivityFactPage.class);
        assertThat(page.total()).as("the page holds them all").isEqualTo(page.items().size());
        assertThat(page.total()).as("the drill-down lists as many events as the figure counts")
                .isEqualTo(breakdown == null ? figure(year, null, indicator).count()
                        : figure(year, null, indicator).breakdown().stream()
                                .filter(p -> p.breakdown() == breakdown && p.key().equals(key))
                                .mapToLong(BreakdownCount::count).sum());
        return page.items();
    }

    private <R> R query(Object query, Class<R> type) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(type)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
