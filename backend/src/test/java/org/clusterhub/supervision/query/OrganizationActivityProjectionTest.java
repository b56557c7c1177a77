package org.clusterhub.supervision.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.*;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.City;
import org.clusterhub.supervision.api.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The organization-activity facts are at-least-once safe: every event delivered twice, and an older event delivered
 * again after newer ones (a redelivery after a crash), leave the same figures as one orderly delivery. Against a real
 * MongoDB-wire server (in memory).
 */
class OrganizationActivityProjectionTest {

    static final ClusterId CLUSTER = ClusterId.forPlanCode("projection-test");
    static final EvaluationPeriod YEAR = EvaluationPeriod.ofYear(2025);
    static final Instant AS_OF = Instant.parse("2026-01-15T00:00:00Z");

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private OrganizationActivityProjection projection;
    private final List<DomainEventMessage<?>> history = new ArrayList<>();

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
    void setUp() {
        mongo.remove(new Query(), ActivityFactDocument.class);
        mongo.remove(new Query(), ActivitySubjectDocument.class);
        projection = new OrganizationActivityProjection(mongo, new ObjectMapper().registerModule(new JavaTimeModule()));
        OrganizationId a = OrganizationId.forCreditCode("A");
        OrganizationId b = OrganizationId.forCreditCode("B");
        event("Cluster", CLUSTER.toString(), "2025-02-01T02:00:00Z", new MemberOrganizationAddedEvent(CLUSTER, a,
                "甲公司", OrganizationKind.ENTERPRISE, City.QINGDAO, ChainPosition.SUPPLIER, "A"));
        event("Cluster", CLUSTER.toString(), "2025-03-01T02:00:00Z", new MemberOrganizationAddedEvent(CLUSTER, b,
                "乙大学", OrganizationKind.UNIVERSITY, City.JINAN, ChainPosition.SUPPORT, "B"));
        event("Cluster", CLUSTER.toString(), "2025-06-01T02:00:00Z", new MemberOrganizationRemovedEvent(CLUSTER, b,
                "乙大学", City.JINAN, "退出"));
        event("Cluster", CLUSTER.toString(), "2025-09-01T02:00:00Z", new MemberOrganizationAddedEvent(CLUSTER, b,
                "乙大学", OrganizationKind.UNIVERSITY, City.JINAN, ChainPosition.SUPPORT, "B"));
        ProjectId project = ProjectId.create();
        event("Project", project.toString(), "2025-01-10T02:00:00Z", new ProjectDraftedEvent(project, CLUSTER,
                ProjectKind.PUBLIC_ENTITY, "中试平台", "促进会", City.QINGDAO, "周涛", 2025, 2026));
        event("Project", project.toString(), "2025-04-01T02:00:00Z", new ProjectApprovedEvent(project,
                new ProjectBaseline("促进会", "周涛", 2025, 2026, List.of(), List.of(), List.of()),
                new BigDecimal("120.50"), new BigDecimal("60")));
        ActivityId fair = ActivityId.create();
        Instant start = Instant.parse("2025-05-10T01:00:00Z");
        event("Activity", fair.toString(), "2025-04-01T02:00:00Z", new ActivityPlannedEvent(fair, CLUSTER,
                ActivityKind.MATCHMAKING, "对接会", "说明", City.QINGDAO, "会场", false, start,
                start.plusSeconds(8 * 3600), 50, start.minusSeconds(864000), start.minusSeconds(86400), false,
                List.of(), 4, 30, null));
        event("Activity", fair.toString(), "2025-04-02T02:00:00Z", new ActivityPublishedEvent(fair));
        Instant moved = Instant.parse("2025-05-20T01:00:00Z");
        event("Activity", fair.toString(), "2025-04-03T02:00:00Z", new ActivityRevisedEvent(fair, "对接会（改期）", "说明",
                City.QINGDAO, "会场", false, moved, moved.plusSeconds(8 * 3600), 50, moved.minusSeconds(864000),
                moved.minusSeconds(86400), false, List.of(), 4, 30, true, List.of()));
        MeetingId meeting = MeetingId.create();
        event("Activity", fair.toString(), "2025-05-20T08:00:00Z", new MeetingOutcomeRecordedEvent(fair, meeting,
                RegistrationId.create(), "甲公司", MeetingOutcome.INTENTION, null, null));
        event("Activity", fair.toString(), "2025-05-20T08:01:00Z", new MeetingOutcomeRecordedEvent(fair, meeting,
                RegistrationId.create(), "乙大学", MeetingOutcome.CONTRACT_SIGNED, new BigDecimal("100"), null));
        ActivityId cancelled = ActivityId.create();
        event("Activity", cancelled.toString(), "2025-06-01T02:00:00Z", new ActivityPlannedEvent(cancelled, CLUSTER,
                ActivityKind.TRAINING, "培训", "说明", City.JINAN, "会场", false, moved.plusSeconds(86400 * 30),
                moved.plusSeconds(86400 * 30 + 3600), 50, moved, moved.plusSeconds(86400 * 29), false, List.of(), 0, 0,
                null));
        event("Activity", cancelled.toString(), "2025-06-02T02:00:00Z", new ActivityPublishedEvent(cancelled));
        event("Activity", cancelled.toString(), "2025-06-03T02:00:00Z", new ActivityCancelledEvent(cancelled, "取消",
                List.of()));
    }

    @Test
    void anOrderlyDeliveryCountsEachFactOnce() {
        history.forEach(this::deliver);
        assertThat(counts()).containsAllEntriesOf(expected());
        assertThat(held().occurredAt).as("dated at the revised start").isEqualTo(Instant.parse("2025-05-20T01:00:00Z"));
    }

    @Test
    void everyEventDeliveredTwiceAndOldOnesAgainLeaveTheSameFigures() {
        history.forEach(this::deliver);
        history.forEach(this::deliver);
        // Redelivered after newer ones: a publication, a member's first removal, the first draft, an old revision.
        for (int i : new int[] {7, 2, 4, 6, 1, 9}) {
            deliver(history.get(i));
        }
        assertThat(counts()).containsAllEntriesOf(expected());
        assertThat(held().occurredAt).isEqualTo(Instant.parse("2025-05-20T01:00:00Z"));
        assertThat(mongo.count(new Query(), ActivityFactDocument.class)).as("3 members, approval, held, meeting")
                .isEqualTo(6);
    }

    private Map<EvaluationIndicator, Long> expected() {
        Map<EvaluationIndicator, Long> expected = new EnumMap<>(EvaluationIndicator.class);
        expected.put(EvaluationIndicator.MEMBER_ORGANIZATIONS, 2L);
        expected.put(EvaluationIndicator.PROJECTS_APPROVED, 1L);
        expected.put(EvaluationIndicator.ACTIVITIES_HELD, 1L);
        expected.put(EvaluationIndicator.MATCHMAKING_OUTCOMES, 1L);
        return expected;
    }

    private ActivityFactDocument held() {
        return mongo.findOne(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("indicator")
                .is(EvaluationIndicator.ACTIVITIES_HELD.name())), ActivityFactDocument.class);
    }

    private Map<EvaluationIndicator, Long> counts() {
        Map<EvaluationIndicator, Long> counts = new EnumMap<>(EvaluationIndicator.class);
        OrganizationActivity activity = projection.handle(new FindOrganizationActivityQuery(CLUSTER, YEAR, AS_OF));
        activity.figures().forEach(f -> counts.put(f.indicator(), f.count()));
        assertThat(activity.figure(EvaluationIndicator.PROJECTS_APPROVED).orElseThrow().amount())
                .isEqualByComparingTo("120.50");
        return counts;
    }

    private void event(String type, String aggregateId, String at, Object payload) {
        long sequence = history.stream().filter(e -> e.getAggregateIdentifier().equals(aggregateId)).count();
        history.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                Map.of("displayName", "测试人员"), UUID.randomUUID().toString(), Instant.parse(at)));
    }

    private void deliver(DomainEventMessage<?> event) {
        projection.on(event.getPayload(), event);
    }
}
