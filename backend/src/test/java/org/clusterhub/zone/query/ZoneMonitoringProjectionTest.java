package org.clusterhub.zone.query;

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
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The zone-monitoring read model against a real MongoDB-wire server: reports, questions, comparison, replay. */
class ZoneMonitoringProjectionTest {

    static final Instant T0 = Instant.parse("2025-11-02T03:04:05Z");
    static final ZoneId JINAN = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone");
    static final ZoneId ZIBO = ZoneId.forPlanCode("zibo-traditional-industry-upgrading-demonstration-zone");
    static final String SHARE = "先进制造业主营业务收入占规模以上工业比重";
    static final MetaData COORDINATOR = MetaData.from(Map.of("displayName", "济南市 协调员"));
    static final MetaData SUPERVISOR = MetaData.from(Map.of("displayName", "省工信厅 督导员"));

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private ZoneMonitoringProjection projection;

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
        mongo.remove(new Query(), ZoneMonitoringDocument.class);
        mongo.remove(new Query(), ZoneBatchDocument.class);
        projection = new ZoneMonitoringProjection(mongo, Clock.fixed(T0, ZoneOffset.UTC));
        projection.on(new ZoneRegisteredEvent(JINAN, 1, "jinan", "济南试验区", "Jinan", City.JINAN, ZoneKind.PILOT,
                "目标", null, List.of(), List.of(new ZoneTarget(SHARE, "Share", ">=", new BigDecimal("70"), "%",
                2025))), 0, T0);
        projection.on(new ZoneRegisteredEvent(ZIBO, 5, "zibo", "淄博示范区", null, City.ZIBO, ZoneKind.DEMONSTRATION,
                "目标", null, List.of(), List.of()), 0, T0);
    }

    @Test
    void aQuestionedAndCorrectedValueKeepsItsExchangeAndTheComparisonCountsWhatWaits() {
        ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);
        projection.on(new ZoneIndicatorValueReportedEvent(JINAN, "r0", SHARE, ReportingPeriod.year(2021),
                new BigDecimal("60"), "%", "统计年鉴"), 1, T0, COORDINATOR);
        projection.on(new ZoneIndicatorValueReportedEvent(JINAN, "r1", SHARE, q3, new BigDecimal("62"), "%",
                "快报"), 2, T0, COORDINATOR);
        projection.on(new ZoneIndicatorValueQuestionedEvent(JINAN, "r1", SHARE, q3, "口径？"), 3, T0, SUPERVISOR);

        ZoneComparison comparison = projection.handle(new FindZoneComparisonQuery(null, null, false, 0, 50));
        ZoneComparisonRow jinan = comparison.rows().get(0);
        assertThat(jinan.openQuestions()).isEqualTo(1);
        assertThat(jinan.valuesAwaitingAcceptance()).isEqualTo(1);
        // 62 at the end of 2025-Q3 is behind the path from 60 (2021) to 70 (2025): off track.
        assertThat(jinan.indicators()).singleElement().satisfies(i ->
                assertThat(i.track().status()).isEqualTo(TrackStatus.OFF_TRACK));
        assertThat(projection.handle(new FindZoneComparisonQuery(null, null, true, 0, 50)).rows())
                .extracting(ZoneComparisonRow::zoneId).containsExactly(JINAN);

        projection.on(new ZoneIndicatorQuestionAnsweredEvent(JINAN, "r1", SHARE, q3, "已更正", new BigDecimal("62"),
                new BigDecimal("69.5"), "统计年鉴"), 4, T0, COORDINATOR);
        projection.on(new ZoneIndicatorValueAcceptedEvent(JINAN, "r1", SHARE, q3, new BigDecimal("69.5"), null), 5,
                T0, SUPERVISOR);
        // 69.5 at the end of 2025-Q3 is at or beyond the path (69.37 there). Redelivered: nothing changes.
        projection.on(new ZoneIndicatorValueQuestionedEvent(JINAN, "r1", SHARE, q3, "口径？"), 3, T0, SUPERVISOR);

        IndicatorReportView report = projection.handle(new FindZoneMonitoringQuery(JINAN)).orElseThrow()
                .indicators().get(0).reports().get(1);
        assertThat(report.value()).isEqualByComparingTo("69.5");
        assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(report.exchanges()).extracting(ReportExchange::kind)
                .containsExactly(ExchangeKind.QUESTION, ExchangeKind.ANSWER, ExchangeKind.ACCEPTANCE);
        assertThat(report.exchanges().get(1).previousValue()).isEqualByComparingTo("62");
        assertThat(report.exchanges().get(0).byName()).isEqualTo("省工信厅 督导员");
        assertThat(projection.handle(new FindZoneComparisonQuery(null, null, false, 0, 50)).rows().get(0)
                .indicators().get(0).track().status()).isEqualTo(TrackStatus.ON_TRACK);
    }

    @Test
    void theBatchAndTheStatusStepsCountTowardTheNationalGoal() {
        ZoneBatchId batch = ZoneBatchId.create();
        projection.on(new ZoneRecommendedForNationalCreationEvent(JINAN, batch, "第一批", "领先",
                ZoneCreationStatus.PROVINCIAL_CREATION), 1, T0);
        projection.on(new ZoneRecommendedForNationalCreationEvent(ZIBO, batch, "第一批", "领先",
                ZoneCreationStatus.PROVINCIAL_CREATION), 1, T0);
        projection.on(new ZoneBatchRecommendedEvent(batch, "第一批", List.of(JINAN, ZIBO), "领先",
                LocalDate.of(2025, 11, 2)), T0, SUPERVISOR);
        projection.on(new ZoneNationalCreationStartedEvent(JINAN, "受理"), 2, T0);
        projection.on(new ZoneCreatedNationallyEvent(JINAN, LocalDate.of(2025, 11, 1), "公告"), 3, T0);

        NationalGoal goal = projection.handle(new FindZoneComparisonQuery(null, null, false, 0, 50)).goal();
        assertThat(goal).isEqualTo(new NationalGoal(3, 2025, 1, 0, 1, 0));
        ZoneMonitoringView zibo = projection.handle(new FindZoneMonitoringQuery(ZIBO)).orElseThrow();
        assertThat(zibo.batchName()).isEqualTo("第一批");
        assertThat(zibo.batchReasons()).isEqualTo("领先");
        assertThat(projection.handle(new FindZoneBatchesQuery(0, 10)).items()).singleElement()
                .satisfies(b -> assertThat(b.zoneNames()).containsExactly("济南试验区", "淄博示范区"));
        assertThat(projection.handle(new FindZoneComparisonQuery(ZoneKind.DEMONSTRATION, null, false, 0, 50)).rows())
                .extracting(ZoneComparisonRow::zoneId).containsExactly(ZIBO);
    }

    @Test
    void tasksShowProgressAndOverdue() {
        projection.on(new ZoneTaskAddedEvent(JINAN, "t1", "示范工厂", List.of("浪潮"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)), 1);
        projection.on(new ZoneTaskAddedEvent(JINAN, "t2", "数字园区", List.of("济南高新区"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 6, 30)), 2);
        projection.on(new ZoneTaskProgressReportedEvent(JINAN, "t2", 40, 0, "一期完工"), 3, T0);

        ZoneComparisonRow row = projection.handle(new FindZoneComparisonQuery(ZoneKind.PILOT, null, false, 0, 50))
                .rows().get(0);
        assertThat(row.taskCount()).isEqualTo(2);
        assertThat(row.averageProgress()).isEqualTo(20);
        assertThat(row.overdueTasks()).isEqualTo(1);
    }
}
