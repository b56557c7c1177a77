package org.clusterhub.activity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.activity.command.ActivityTestData.*;

import java.time.Instant;
import java.util.List;
import org.clusterhub.activity.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;

/** Planning, publishing, changing and cancelling an activity, and who may do it. */
class ActivityPlanningTest extends ActivityFixtureTest {

    @Test
    void staffPlanAnActivityOfTheirCluster() {
        given(List.of())
                .when(plan(ActivityKind.MATCHMAKING, 100, false), as(STAFF))
                .expectEvents(planned(ActivityKind.MATCHMAKING, 100, false));
    }

    @Test
    void onlyMatchmakingKeepsAMeetingGrid() {
        given(List.of())
                .when(plan(ActivityKind.TRAINING, 50, true), as(STAFF))
                .expectEvents(planned(ActivityKind.TRAINING, 50, true));
    }

    @Test
    void planningRefusesImpossibleDetails() {
        PlanActivityCommand ok = plan(ActivityKind.MATCHMAKING, 100, false);
        record Case(PlanActivityCommand command, String key) {
        }
        List<Case> cases = List.of(
                new Case(with(ok, "  ", false, STARTS, ENDS, OPENS, CLOSES, 4, 30), "activity.error.venueRequired"),
                new Case(with(ok, ok.venue(), false, STARTS, STARTS, OPENS, CLOSES, 4, 30),
                        "activity.error.endBeforeStart"),
                new Case(with(ok, ok.venue(), false, STARTS, STARTS.plusSeconds(32L * 86400), OPENS, CLOSES, 4, 30),
                        "activity.error.tooLong"),
                new Case(with(ok, ok.venue(), false, Instant.parse("2026-03-01T01:00:00Z"),
                        Instant.parse("2026-03-01T09:00:00Z"), OPENS, Instant.parse("2026-02-28T00:00:00Z"), 4, 30),
                        "activity.error.startInPast"),
                new Case(with(ok, ok.venue(), false, STARTS, ENDS, CLOSES, CLOSES, 4, 30),
                        "activity.error.windowEmpty"),
                new Case(with(ok, ok.venue(), false, STARTS, ENDS, OPENS, ENDS.plusSeconds(60), 4, 30),
                        "activity.error.windowAfterEnd"),
                new Case(with(ok, ok.venue(), false, STARTS, ENDS, OPENS, CLOSES, 0, 30),
                        "activity.error.tablesRequired"),
                new Case(with(ok, ok.venue(), false, STARTS, ENDS, OPENS, CLOSES, 4, 4),
                        "activity.error.slotTooShort"),
                new Case(with(ok, ok.venue(), false, STARTS, STARTS.plusSeconds(1200), OPENS, CLOSES, 4, 30),
                        "activity.error.noSlotFits"),
                new Case(with(ok, ok.venue(), false, STARTS, STARTS.plusSeconds(30L * 86400), OPENS, CLOSES, 4, 30),
                        "activity.error.tooManySlots"));
        for (Case c : cases) {
            given(List.of())
                    .when(c.command(), as(STAFF))
                    .expectException(rule(c.key()))
                    .expectNoEvents();
        }
    }

    @Test
    void anOnlineActivityNeedsNoVenue() {
        PlanActivityCommand ok = plan(ActivityKind.TRAINING, 100, false);
        given(List.of())
                .when(with(ok, null, true, STARTS, ENDS, OPENS, CLOSES, 0, 0), as(STAFF))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void publishingOpensTheActivityOnce() {
        List<Object> planned = List.of(planned(ActivityKind.MATCHMAKING, 10, false));
        given(planned).when(new PublishActivityCommand(ID), as(STAFF))
                .expectEvents(new ActivityPublishedEvent(ID));
        given(published(10)).when(new PublishActivityCommand(ID), as(STAFF))
                .expectException(rule("activity.error.alreadyPublished")).expectNoEvents();
        givenAt(ENDS, planned).when(new PublishActivityCommand(ID), as(STAFF))
                .expectException(rule("activity.error.over")).expectNoEvents();
    }

    @Test
    void onlyTheClustersStaffAndSupervisorsOrganize() {
        for (Object command : List.of(new PublishActivityCommand(ID), new CancelActivityCommand(ID, "天气原因"),
                revise(plan(ActivityKind.MATCHMAKING, 20, false)), new BuildMeetingScheduleCommand(ID),
                new CheckInAttendeeCommand(ID, CODE1),
                new ApproveActivityRegistrationCommand(ID, R1))) {
            given(List.of(planned(ActivityKind.MATCHMAKING, 10, false)))
                    .when(command, as(OTHER_STAFF))
                    .expectException(AccessRefused.class).expectNoEvents();
            given(List.of(planned(ActivityKind.MATCHMAKING, 10, false)))
                    .when(command, as(WEICHAI_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
        }
        given(List.of(planned(ActivityKind.MATCHMAKING, 10, false)))
                .when(new PublishActivityCommand(ID), as(SUPERVISOR))
                .expectEvents(new ActivityPublishedEvent(ID));
    }

    @Test
    void aChangeOfTimeOrPlaceTellsTheRegistrants() {
        PlanActivityCommand later = with(plan(ActivityKind.MATCHMAKING, 2, false), "潍坊鲁台会展中心", false,
                STARTS, ENDS, OPENS, CLOSES, 4, 30);
        given(fullWithOneWaiting())
                .when(revise(later), as(STAFF))
                .expectEvents(new ActivityRevisedEvent(ID, later.title(), later.description(), City.WEIFANG,
                        "潍坊鲁台会展中心", false, STARTS, ENDS, 2, OPENS, CLOSES, false, later.coOrganizers(), 4, 30,
                        true, List.of(WEICHAI, SDAU, LOVOL)));
    }

    @Test
    void aChangeOfTitleAloneTellsNobody() {
        PlanActivityCommand renamed = new PlanActivityCommand(ID, CLUSTER, ActivityKind.MATCHMAKING,
                "智能农机供需对接会（第二场）", "整机与零部件企业对接", City.WEIFANG, "潍坊富华国际展览中心", false, STARTS,
                ENDS, 2, OPENS, CLOSES, false, plan(ActivityKind.MATCHMAKING, 2, false).coOrganizers(), 4, 30, null);
        given(fullWithOneWaiting())
                .when(revise(renamed), as(STAFF))
                .expectEvents(new ActivityRevisedEvent(ID, renamed.title(), renamed.description(), City.WEIFANG,
                        renamed.venue(), false, STARTS, ENDS, 2, OPENS, CLOSES, false, renamed.coOrganizers(), 4, 30,
                        false, List.of()));
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        given(fullWithOneWaiting())
                .when(revise(plan(ActivityKind.MATCHMAKING, 2, false)), as(STAFF))
                .expectException(rule("activity.error.unchanged")).expectNoEvents();
    }

    @Test
    void capacityCannotDropBelowTheSeatsTaken() {
        given(fullWithOneWaiting())
                .when(revise(plan(ActivityKind.MATCHMAKING, 1, false)), as(STAFF))
                .expectException(rule("activity.error.capacityBelowSeats")).expectNoEvents();
    }

    @Test
    void moreSeatsMoveTheWaitingListUp() {
        PlanActivityCommand bigger = plan(ActivityKind.MATCHMAKING, 5, false);
        given(fullWithOneWaiting())
                .when(revise(bigger), as(STAFF))
                .expectEvents(new ActivityRevisedEvent(ID, bigger.title(), bigger.description(), City.WEIFANG,
                                bigger.venue(), false, STARTS, ENDS, 5, OPENS, CLOSES, false, bigger.coOrganizers(),
                                4, 30, false, List.of()),
                        new ActivityRegistrationPromotedEvent(ID, R3, LOVOL, RegistrationStatus.CONFIRMED));
    }

    @Test
    void droppingApprovalWithPendingRegistrationsIsRefused() {
        List<Object> pending = history(List.of(planned(ActivityKind.TRAINING, 5, true), new ActivityPublishedEvent(ID)),
                new ActivityRegistrationAcceptedEvent(ID, R1, WEICHAI, City.WEIFANG, "刘洋", null, CODE1,
                        RegistrationStatus.PENDING_APPROVAL));
        PlanActivityCommand noApproval = plan(ActivityKind.TRAINING, 5, false);
        given(pending).when(revise(noApproval), as(STAFF))
                .expectException(rule("activity.error.pendingApprovalsLeft")).expectNoEvents();
    }

    @Test
    void cancellingTellsEveryRegistrantAndEndsTheActivity() {
        given(fullWithOneWaiting())
                .when(new CancelActivityCommand(ID, " 场馆检修 "), as(STAFF))
                .expectEvents(new ActivityCancelledEvent(ID, "场馆检修", List.of(WEICHAI, SDAU, LOVOL)));
        List<Object> cancelled = history(fullWithOneWaiting(), new ActivityCancelledEvent(ID, "场馆检修",
                List.of(WEICHAI, SDAU, LOVOL)));
        for (Object command : List.of(new CancelActivityCommand(ID, "再次"), new PublishActivityCommand(ID),
                revise(plan(ActivityKind.MATCHMAKING, 9, false)),
                new RegisterForActivityCommand(ID, RegistrationId.create(), WEICHAI, City.WEIFANG, "王五", null),
                new CheckInAttendeeCommand(ID, CODE1))) {
            given(cancelled).when(command, as(STAFF))
                    .expectException(rule("activity.error.cancelled")).expectNoEvents();
        }
    }

    @Test
    void anActivityThatIsOverCannotBeChangedOrCancelled() {
        givenAt(ENDS.plusSeconds(1), fullWithOneWaiting())
                .when(new CancelActivityCommand(ID, "太晚"), as(STAFF))
                .expectException(rule("activity.error.over")).expectNoEvents();
        givenAt(ENDS.plusSeconds(1), fullWithOneWaiting())
                .when(revise(plan(ActivityKind.MATCHMAKING, 9, false)), as(STAFF))
                .expectException(rule("activity.error.over")).expectNoEvents();
    }

    @Test
    void theCodePrefixNamesTheActivity() {
        assertThat(Activity.codePrefix(ID)).isEqualTo("A1B2C3");
    }

    private static PlanActivityCommand with(PlanActivityCommand p, String venue, boolean online, Instant starts,
                                            Instant ends, Instant opens, Instant closes, int tables, int minutes) {
        return new PlanActivityCommand(p.activityId(), p.clusterId(), p.kind(), p.title(), p.description(), p.city(),
                venue, online, starts, ends, p.capacity(), opens, closes, p.approvalRequired(), p.coOrganizers(),
                tables, minutes, p.projectId());
    }
}
