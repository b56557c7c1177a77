package org.clusterhub.zone.command;

import static org.clusterhub.zone.command.ZoneFixtures.JINAN;
import static org.clusterhub.zone.command.ZoneFixtures.REGISTERED;
import static org.clusterhub.zone.command.ZoneFixtures.SHARE;
import static org.clusterhub.zone.command.ZoneFixtures.violation;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.AcceptZoneIndicatorValueCommand;
import org.clusterhub.zone.api.AnswerZoneIndicatorQuestionCommand;
import org.clusterhub.zone.api.QuestionZoneIndicatorValueCommand;
import org.clusterhub.zone.api.ReportZoneIndicatorValueCommand;
import org.clusterhub.zone.api.ZoneIndicatorQuestionAnsweredEvent;
import org.clusterhub.zone.api.ZoneIndicatorValueAcceptedEvent;
import org.clusterhub.zone.api.ZoneIndicatorValueQuestionedEvent;
import org.clusterhub.zone.api.ZoneIndicatorValueReportedEvent;
import org.clusterhub.zone.api.ZoneTarget;
import org.clusterhub.zone.api.ZoneTargetsSetEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Indicator values: the city reports a figure for a period with its source; a supervisor questions it (the city
 * answers, possibly correcting it) or accepts it. The question and the answer stay as events.
 */
class ZoneIndicatorReportsTest {

    static final ReportingPeriod Q3 = ReportingPeriod.quarter(2025, 3);
    static final ZoneIndicatorValueReportedEvent REPORTED = new ZoneIndicatorValueReportedEvent(JINAN, "r1", SHARE,
            Q3, new BigDecimal("66.8"), "%", "济南市统计局季度快报");
    static final ZoneIndicatorValueQuestionedEvent QUESTIONED = new ZoneIndicatorValueQuestionedEvent(JINAN, "r1",
            SHARE, Q3, "与统计年鉴口径不一致？");

    private FixtureConfiguration<Zone> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zone.class);
    }

    @Test
    void reportsAValueOfATargetIndicatorWithItsUnitAndSource() {
        fixture.given(REGISTERED)
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r1", " " + SHARE + " ", "2025-Q3",
                        new BigDecimal("66.8"), " 济南市统计局季度快报 "))
                .expectEvents(REPORTED);
    }

    @Test
    void refusesAnIndicatorTheZoneHasNoTargetFor() {
        fixture.given(REGISTERED)
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r1", "数字化车间数量", "2025-Q3",
                        BigDecimal.TEN, "市工信局"))
                .expectException(violation("zone.error.unknownIndicator", "indicator")).expectNoEvents();
    }

    @Test
    void followsTheCurrentTargetsForWhichIndicatorsExist() {
        ZoneTarget workshops = new ZoneTarget("数字化车间数量", null, ">=", new BigDecimal("200"), "个", 2025);
        fixture.given(REGISTERED, new ZoneTargetsSetEvent(JINAN, List.of(workshops), "市级方案"))
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r2", "数字化车间数量", "2025-Q3",
                        new BigDecimal("150"), "市工信局"))
                .expectEvents(new ZoneIndicatorValueReportedEvent(JINAN, "r2", "数字化车间数量", Q3,
                        new BigDecimal("150"), "个", "市工信局"));
        fixture.given(REGISTERED, new ZoneTargetsSetEvent(JINAN, List.of(workshops), "市级方案"))
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r3", SHARE, "2025-Q3", BigDecimal.ONE, "x"))
                .expectException(violation("zone.error.unknownIndicator", "indicator"));
    }

    @Test
    void refusesASecondFigureForTheSamePeriodAndAReusedReportId() {
        fixture.given(REGISTERED, REPORTED)
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r2", SHARE, "2025-Q3", BigDecimal.ONE,
                        "另一来源"))
                .expectException(violation("zone.error.periodAlreadyReported", "period")).expectNoEvents();
        fixture.given(REGISTERED, REPORTED)
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r1", SHARE,
                        "2025-Q2", BigDecimal.ONE, "来源"))
                .expectException(violation("zone.error.duplicateReport", "reportId")).expectNoEvents();
    }

    @Test
    void aQuarterAndItsYearAreDifferentPeriods() {
        fixture.given(REGISTERED, REPORTED)
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.JINAN, "r2", SHARE, "2025",
                        new BigDecimal("68.1"), "统计年鉴"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAReportForAnotherCity() {
        fixture.given(REGISTERED)
                .when(new ReportZoneIndicatorValueCommand(JINAN, City.QINGDAO, "r1", SHARE, "2025-Q3", BigDecimal.ONE, "x"))
                .expectException(violation("zone.error.cityMismatch", "city")).expectNoEvents();
    }

    @Test
    void aQuestionIsAnsweredWithACorrectionThenTheValueIsAccepted() {
        fixture.given(REGISTERED, REPORTED)
                .when(new QuestionZoneIndicatorValueCommand(JINAN, "r1", " 与统计年鉴口径不一致？ "))
                .expectEvents(QUESTIONED);
        ZoneIndicatorQuestionAnsweredEvent answered = new ZoneIndicatorQuestionAnsweredEvent(JINAN, "r1", SHARE, Q3,
                "已按年鉴口径更正", new BigDecimal("66.8"), new BigDecimal("67.2"), "山东统计年鉴2025");
        fixture.given(REGISTERED, REPORTED, QUESTIONED)
                .when(new AnswerZoneIndicatorQuestionCommand(JINAN, City.JINAN, "r1", "已按年鉴口径更正",
                        new BigDecimal("67.2"), " 山东统计年鉴2025 "))
                .expectEvents(answered);
        fixture.given(REGISTERED, REPORTED, QUESTIONED, answered)
                .when(new AcceptZoneIndicatorValueCommand(JINAN, "r1", ""))
                .expectEvents(new ZoneIndicatorValueAcceptedEvent(JINAN, "r1", SHARE, Q3, new BigDecimal("67.2"),
                        null));
    }

    @Test
    void anAnswerWithoutCorrectionKeepsTheValueAndSource() {
        fixture.given(REGISTERED, REPORTED, QUESTIONED)
                .when(new AnswerZoneIndicatorQuestionCommand(JINAN, City.JINAN, "r1", "口径一致，系快报数", null, " "))
                .expectEvents(new ZoneIndicatorQuestionAnsweredEvent(JINAN, "r1", SHARE, Q3, "口径一致，系快报数",
                        REPORTED.value(), REPORTED.value(), REPORTED.source()));
    }

    @Test
    void refusesQuestionsAndAcceptanceOutOfTurn() {
        // Accepting while a question is open: the city must answer first.
        fixture.given(REGISTERED, REPORTED, QUESTIONED)
                .when(new AcceptZoneIndicatorValueCommand(JINAN, "r1", null))
                .expectException(violation("zone.error.questionOpen", null)).expectNoEvents();
        fixture.given(REGISTERED, REPORTED, QUESTIONED)
                .when(new QuestionZoneIndicatorValueCommand(JINAN, "r1", "再问"))
                .expectException(violation("zone.error.questionOpen", null)).expectNoEvents();
        fixture.given(REGISTERED, REPORTED)
                .when(new AnswerZoneIndicatorQuestionCommand(JINAN, City.JINAN, "r1", "无人提问", null, null))
                .expectException(violation("zone.error.noOpenQuestion", null)).expectNoEvents();
        ZoneIndicatorValueAcceptedEvent accepted = new ZoneIndicatorValueAcceptedEvent(JINAN, "r1", SHARE, Q3,
                REPORTED.value(), null);
        fixture.given(REGISTERED, REPORTED, accepted)
                .when(new QuestionZoneIndicatorValueCommand(JINAN, "r1", "已确认后再质询"))
                .expectException(violation("zone.error.reportAccepted", null)).expectNoEvents();
        fixture.given(REGISTERED, REPORTED, accepted)
                .when(new AcceptZoneIndicatorValueCommand(JINAN, "r1", null))
                .expectException(violation("zone.error.reportAccepted", null)).expectNoEvents();
        fixture.given(REGISTERED)
                .when(new QuestionZoneIndicatorValueCommand(JINAN, "missing", "?"))
                .expectException(violation("zone.error.unknownReport", "reportId")).expectNoEvents();
        fixture.given(REGISTERED, REPORTED, QUESTIONED)
                .when(new AnswerZoneIndicatorQuestionCommand(JINAN, City.QINGDAO, "r1", "越权回答", null, null))
                .expectException(violation("zone.error.cityMismatch", "city")).expectNoEvents();
    }
}
