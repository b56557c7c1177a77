package org.clusterhub.challenge.command;

import static org.clusterhub.challenge.command.ChallengeTestData.*;

import java.time.LocalDate;
import java.util.List;
import org.clusterhub.challenge.api.*;
import org.clusterhub.shared.AccessRefused;
import org.junit.jupiter.api.Test;

/** Delivery by the winning team: milestones, progress, acceptance against the indicators, first-of-a-kind results. */
class ChallengeDeliveryTest extends ChallengeFixtureTest {

    static final LocalDate M1_DUE = LocalDate.of(2026, 9, 30);

    @Test
    void thePosterOrTheWinnerPlansMilestones() {
        given(published())
                .when(new AddDeliveryMilestoneCommand(ID, "m1", "样机试制", M1_DUE), as(INSTITUTE_MEMBER))
                .expectEvents(new DeliveryMilestoneAddedEvent(ID, "m1", "样机试制", M1_DUE));
        given(published())
                .when(new AddDeliveryMilestoneCommand(ID, "m1", "样机试制", M1_DUE), as(STAFF))
                .expectSuccessfulHandlerExecution();
        given(published())
                .when(new AddDeliveryMilestoneCommand(ID, "m1", "样机试制", M1_DUE), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
        given(published())
                .when(new AddDeliveryMilestoneCommand(ID, "m1", "样机试制", TODAY.minusDays(1)), as(STAFF))
                .expectException(rule("challenge.error.dateInPast"));
        given(evaluated())
                .when(new AddDeliveryMilestoneCommand(ID, "m1", "样机试制", M1_DUE), as(STAFF))
                .expectException(rule("challenge.error.wrongState"));
    }

    @Test
    void theWinnerReportsProgressAndThePosterAcceptsACompleteMilestone() {
        List<Object> planned = plus(published(), new DeliveryMilestoneAddedEvent(ID, "m1", "样机试制", M1_DUE));
        given(planned)
                .when(new ReportDeliveryProgressCommand(ID, "m1", 60, "完成主轴装配"), as(INSTITUTE_MEMBER))
                .expectEvents(new DeliveryProgressReportedEvent(ID, "m1", 60, "完成主轴装配"));
        given(planned)
                .when(new ReportDeliveryProgressCommand(ID, "m1", 60, "冒名汇报"), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
        given(plus(planned, new DeliveryProgressReportedEvent(ID, "m1", 60, "完成主轴装配")))
                .when(new AcceptDeliveryMilestoneCommand(ID, "m1", "同意"), as(STAFF))
                .expectException(rule("challenge.error.milestoneIncomplete"));
        given(plus(planned, new DeliveryProgressReportedEvent(ID, "m1", 100, "样机完成")))
                .when(new AcceptDeliveryMilestoneCommand(ID, "m1", "同意"), as(STAFF))
                .expectEvents(new DeliveryMilestoneAcceptedEvent(ID, "m1", "同意"));
        given(plus(planned, new DeliveryProgressReportedEvent(ID, "m1", 100, "样机完成")))
                .when(new AcceptDeliveryMilestoneCommand(ID, "m1", "同意"), as(INSTITUTE_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void theWinnerCannotStepBackOnceAMilestoneIsAccepted() {
        given(delivered())
                .when(new WithdrawFromAwardCommand(ID, "团队调整"), as(INSTITUTE_MEMBER))
                .expectException(rule("challenge.error.deliveryUnderway"));
    }

    @Test
    void acceptanceMeasuresEveryIndicatorAndPassesWhenAllAreMet() {
        List<IndicatorResult> allMet = List.of(new IndicatorResult("accuracy", "2.5 μm", true),
                new IndicatorResult("life", "2300 h", true));
        given(delivered())
                .when(new RecordDeliveryAcceptanceCommand(ID, allMet, "各项指标均达到榜单要求"), as(STAFF))
                .expectEvents(new DeliveryAcceptanceRecordedEvent(ID, allMet, true, "各项指标均达到榜单要求"));
        List<IndicatorResult> oneMissed = List.of(new IndicatorResult("accuracy", "4 μm", false),
                new IndicatorResult("life", "2300 h", true));
        given(delivered())
                .when(new RecordDeliveryAcceptanceCommand(ID, oneMissed, "定位精度未达标，整改后复验"), as(STAFF))
                .expectEvents(new DeliveryAcceptanceRecordedEvent(ID, oneMissed, false, "定位精度未达标，整改后复验"))
                .expectState(c -> org.assertj.core.api.Assertions.assertThat(c).extracting("status")
                        .isEqualTo(ChallengeStatus.DELIVERY));
        given(delivered())
                .when(new RecordDeliveryAcceptanceCommand(ID, List.of(allMet.get(0)), "只测了一项"), as(STAFF))
                .expectException(rule("challenge.error.measureEveryIndicator"));
        given(plus(published(), new DeliveryMilestoneAddedEvent(ID, "m1", "样机试制", M1_DUE)))
                .when(new RecordDeliveryAcceptanceCommand(ID, allMet, "提前验收"), as(STAFF))
                .expectException(rule("challenge.error.milestonesOpen"));
    }

    @Test
    void anAcceptedResultIsRegisteredAsFirstOfAKindForTheCluster() {
        List<Object> completed = plus(delivered(), new DeliveryAcceptanceRecordedEvent(ID,
                List.of(new IndicatorResult("accuracy", "2.5 μm", true), new IndicatorResult("life", "2300 h", true)),
                true, "通过"));
        given(completed)
                .when(new RegisterFirstOfAKindCommand(ID, "r1", FirstOfAKindKind.EQUIPMENT, "24000rpm 高精度电主轴",
                        "首台套"), as(INSTITUTE_MEMBER))
                .expectEvents(new FirstOfAKindRegisteredEvent(ID, CLUSTER, "r1", FirstOfAKindKind.EQUIPMENT,
                        "24000rpm 高精度电主轴", INSTITUTE, "首台套"));
        given(plus(completed, new FirstOfAKindRegisteredEvent(ID, CLUSTER, "r1", FirstOfAKindKind.EQUIPMENT,
                "24000rpm 高精度电主轴", INSTITUTE, null)))
                .when(new RegisterFirstOfAKindCommand(ID, "r1", FirstOfAKindKind.SOFTWARE, "控制软件", null), as(STAFF))
                .expectException(rule("challenge.error.duplicateId"));
        given(delivered())
                .when(new RegisterFirstOfAKindCommand(ID, "r1", FirstOfAKindKind.EQUIPMENT, "电主轴", null), as(STAFF))
                .expectException(rule("challenge.error.wrongState"));
        given(completed)
                .when(new RegisterFirstOfAKindCommand(ID, "r1", FirstOfAKindKind.EQUIPMENT, "电主轴", null),
                        as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
    }
}
