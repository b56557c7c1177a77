package org.clusterhub.zone.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.zone.api.RegisterZoneCommand;
import org.clusterhub.zone.api.ReviseZoneAimsCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneAimsRevisedEvent;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneRegisteredEvent;
import org.clusterhub.zone.api.ZoneTarget;
import org.clusterhub.zone.api.ZoneTargetsSetEvent;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The zone's own rules. The fixture does not run the authorization interceptor: role and scope are tested there. */
class ZoneTest {

    private static final ZoneId ZONE = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone");
    private static final ZoneTarget SHARE_70 = new ZoneTarget("先进制造业主营业务收入占规模以上工业比重",
            "Share of advanced manufacturing in the main business revenue of above-scale industry", ">=",
            new BigDecimal("70"), "%", 2025);
    private static final List<String> TASKS = List.of("以智能制造和“人工智能+”为主攻方向", "加快产业链群规模化发展");
    private static final ZoneRegisteredEvent REGISTERED = new ZoneRegisteredEvent(ZONE, 1,
            "jinan-yellow-river-pilot-zone", "济南黄河流域制造业高质量发展试验区",
            "Jinan Yellow River Basin Manufacturing High-Quality Development Pilot Zone", City.JINAN, ZoneKind.PILOT,
            "支持济南市落实黄河生态保护与高质量发展的部署要求。", "Supports Jinan.", TASKS, List.of(SHARE_70));

    private FixtureConfiguration<Zone> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zone.class);
    }

    @Test
    void registersZoneWithStrippedTexts() {
        fixture.givenNoPriorActivity()
                .when(new RegisterZoneCommand(ZONE, 1, "jinan-yellow-river-pilot-zone",
                        "  济南黄河流域制造业高质量发展试验区 ",
                        " Jinan Yellow River Basin Manufacturing High-Quality Development Pilot Zone ",
                        City.JINAN, ZoneKind.PILOT, " 支持济南市落实黄河生态保护与高质量发展的部署要求。\n", "Supports Jinan. ",
                        List.of(" 以智能制造和“人工智能+”为主攻方向", "加快产业链群规模化发展 "),
                        List.of(new ZoneTarget(" 先进制造业主营业务收入占规模以上工业比重 ", SHARE_70.indicatorEn(), ">=",
                                new BigDecimal("70"), "%", 2025))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void registrationWithoutEnglishOrTargetsRecordsNulls() {
        fixture.givenNoPriorActivity()
                .when(new RegisterZoneCommand(ZONE, null, "zibo-zone", "淄博传统产业转型升级示范区", " ", City.ZIBO,
                        ZoneKind.DEMONSTRATION, "支持淄博市聚焦传统产业转型升级。", "", List.of(), List.of()))
                .expectEvents(new ZoneRegisteredEvent(ZONE, null, "zibo-zone", "淄博传统产业转型升级示范区", null,
                        City.ZIBO, ZoneKind.DEMONSTRATION, "支持淄博市聚焦传统产业转型升级。", null, List.of(),
                        List.of()));
    }

    @Test
    void refusesRegistrationWithTheSameTargetTwice() {
        ZoneTarget again = new ZoneTarget(SHARE_70.indicatorZh() + " ", null, ">=", new BigDecimal("75"), "%", 2025);
        fixture.givenNoPriorActivity()
                .when(new RegisterZoneCommand(ZONE, 1, "jinan-yellow-river-pilot-zone", "济南试验区", null,
                        City.JINAN, ZoneKind.PILOT, "目标", null, List.of(), List.of(SHARE_70, again)))
                .expectException(violation("zone.error.duplicateTarget", "targets"))
                .expectNoEvents();
    }

    @Test
    void cityCoordinatorRevisesAimsAndKeyTasks() {
        List<String> tasks = List.of("以智能制造和“人工智能+”为主攻方向", "率先建成黄河流域先进制造业高质量发展高地");
        fixture.given(REGISTERED)
                .when(new ReviseZoneAimsCommand(ZONE, City.JINAN, REGISTERED.aimsZh(), REGISTERED.aimsEn(),
                        List.of(" " + tasks.get(0), tasks.get(1)), " 中期评估后调整 ", 0L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ZoneAimsRevisedEvent(ZONE, REGISTERED.aimsZh(), REGISTERED.aimsEn(), tasks,
                        "中期评估后调整"));
    }

    @Test
    void refusesRevisionThatChangesNothing() {
        fixture.given(REGISTERED)
                .when(new ReviseZoneAimsCommand(ZONE, City.JINAN, " " + REGISTERED.aimsZh(),
                        REGISTERED.aimsEn() + " ", List.of(" " + TASKS.get(0), TASKS.get(1)), "无变化", null))
                .expectException(violation("zone.error.unchanged", null))
                .expectNoEvents();
    }

    @Test
    void comparesARevisionWithTheLatestAims() {
        ZoneAimsRevisedEvent revised = new ZoneAimsRevisedEvent(ZONE, "新的目标", null, List.of("新的任务"), "调整");
        fixture.given(REGISTERED, revised)
                .when(new ReviseZoneAimsCommand(ZONE, City.JINAN, "新的目标", "", List.of("新的任务"), "再次调整", null))
                .expectException(violation("zone.error.unchanged", null));
        fixture.given(REGISTERED, revised)
                .when(new ReviseZoneAimsCommand(ZONE, City.JINAN, REGISTERED.aimsZh(), REGISTERED.aimsEn(), TASKS,
                        "恢复原目标", null))
                .expectEvents(new ZoneAimsRevisedEvent(ZONE, REGISTERED.aimsZh(), REGISTERED.aimsEn(), TASKS,
                        "恢复原目标"));
    }

    @Test
    void aimsOnlyInEnglishChangedIsARevision() {
        fixture.given(REGISTERED)
                .when(new ReviseZoneAimsCommand(ZONE, City.JINAN, REGISTERED.aimsZh(), null, TASKS, "删除英文", null))
                .expectEvents(new ZoneAimsRevisedEvent(ZONE, REGISTERED.aimsZh(), null, TASKS, "删除英文"));
    }

    @Test
    void refusesRevisionDeclaringAnotherCity() {
        fixture.given(REGISTERED)
                .when(new ReviseZoneAimsCommand(ZONE, City.QINGDAO, "青岛协调员改写济南的目标", null, TASKS, "越权", null))
                .expectException(violation("zone.error.cityMismatch", "city"))
                .expectNoEvents();
    }

    @Test
    void setsTargetsAsAWhole() {
        ZoneTarget revenue = new ZoneTarget("先进制造业营业收入", " ", ">", new BigDecimal("10000.5"), " 亿元 ", null);
        fixture.given(REGISTERED)
                .when(new SetZoneTargetsCommand(ZONE, City.JINAN, List.of(SHARE_70, revenue), "补充指标", 0L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ZoneTargetsSetEvent(ZONE, List.of(SHARE_70, new ZoneTarget("先进制造业营业收入", null,
                        ">", new BigDecimal("10000.5"), "亿元", null)), "补充指标"));
    }

    @Test
    void settingNoTargetsRemovesThemAll() {
        fixture.given(REGISTERED)
                .when(new SetZoneTargetsCommand(ZONE, City.JINAN, List.of(), "指标另行制定", null))
                .expectEvents(new ZoneTargetsSetEvent(ZONE, List.of(), "指标另行制定"));
    }

    @Test
    void refusesTargetsDeclaringAnotherCity() {
        fixture.given(REGISTERED)
                .when(new SetZoneTargetsCommand(ZONE, City.WEIFANG, List.of(), "越权", null))
                .expectException(violation("zone.error.cityMismatch", "city"))
                .expectNoEvents();
    }

    @Test
    void refusesTheSameTargetTwice() {
        fixture.given(REGISTERED)
                .when(new SetZoneTargetsCommand(ZONE, City.JINAN, List.of(SHARE_70, SHARE_70), "重复", null))
                .expectException(violation("zone.error.duplicateTarget", "targets"))
                .expectNoEvents();
    }

    @Test
    void sameIndicatorForAnotherYearIsAnotherTarget() {
        ZoneTarget earlier = new ZoneTarget(SHARE_70.indicatorZh(), null, ">=", new BigDecimal("65"), "%", 2023);
        fixture.given(REGISTERED)
                .when(new SetZoneTargetsCommand(ZONE, City.JINAN, List.of(earlier, SHARE_70), "分年度", null))
                .expectEvents(new ZoneTargetsSetEvent(ZONE, List.of(earlier, SHARE_70), "分年度"));
    }

    @Test
    void refusesAChangeBasedOnAnOutdatedVersion() {
        fixture.given(REGISTERED, new ZoneAimsRevisedEvent(ZONE, "新的目标", null, List.of(), "调整"))
                .when(new SetZoneTargetsCommand(ZONE, City.JINAN, List.of(), "基于旧版本", 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    private static Matcher<DomainRuleViolation> violation(String messageKey, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return violation.messageKey().equals(messageKey) && Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainRuleViolation " + messageKey + " on " + field);
            }
        };
    }
}
