package org.clusterhub.activity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.activity.command.ActivityTestData.*;

import java.time.Instant;
import java.util.List;
import org.clusterhub.activity.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;

/** Seats, the waiting list, approval and who may register whom. */
class ActivityRegistrationTest extends ActivityFixtureTest {

    private static RegisterForActivityCommand register(RegistrationId id, String org, String name) {
        return new RegisterForActivityCommand(ID, id, org, City.WEIFANG, name, "13800000000");
    }

    @Test
    void aMemberTakesAFreeSeatAndGetsACodeOfThisActivity() {
        Captured events = new Captured();
        given(published(2))
                .when(register(R1, " " + WEICHAI + " ", " 刘洋 "), as(WEICHAI_MEMBER))
                .expectEventsMatching(events);
        ActivityRegistrationAcceptedEvent accepted = events.only(ActivityRegistrationAcceptedEvent.class);
        assertThat(accepted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(accepted.organization()).isEqualTo(WEICHAI);
        assertThat(accepted.attendeeName()).isEqualTo("刘洋");
        assertThat(accepted.checkInCode()).matches("A1B2C3-[A-HJ-NP-Z2-9]{6}");
    }

    @Test
    void beyondCapacityTheRegistrationWaitsInLine() {
        Captured events = new Captured();
        given(fullWithOneWaiting())
                .when(register(RegistrationId.create(), WEICHAI, "王强"), as(WEICHAI_MEMBER))
                .expectEventsMatching(events);
        assertThat(events.only(ActivityRegistrationWaitlistedEvent.class).position()).isEqualTo(2);
    }

    @Test
    void withApprovalTheSeatIsHeldPendingTheOrganizersDecision() {
        Captured events = new Captured();
        given(List.of(planned(ActivityKind.TRAINING, 5, true), new ActivityPublishedEvent(ID)))
                .when(register(R1, WEICHAI, "刘洋"), as(WEICHAI_MEMBER))
                .expectEventsMatching(events);
        assertThat(events.only(ActivityRegistrationAcceptedEvent.class).status())
                .isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    }

    @Test
    void registrationNeedsAPublishedActivityWithinItsWindow() {
        given(List.of(planned(ActivityKind.MATCHMAKING, 5, false)))
                .when(register(R1, WEICHAI, "刘洋"), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.notPublished")).expectNoEvents();
        givenAt(Instant.parse("2026-02-19T00:00:00Z"), published(5))
                .when(register(R1, WEICHAI, "刘洋"), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.registrationNotOpen")).expectNoEvents();
        givenAt(CLOSES, published(5))
                .when(register(R1, WEICHAI, "刘洋"), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.registrationClosed")).expectNoEvents();
    }

    @Test
    void thePersonRegistersOnlyOnceButAgainAfterCancelling() {
        given(fullWithOneWaiting())
                .when(register(RegistrationId.create(), WEICHAI, " 刘洋"), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.alreadyRegistered")).expectNoEvents();
        given(fullWithOneWaiting())
                .when(register(R1, WEICHAI, "王强"), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.registrationIdTaken")).expectNoEvents();
        given(history(fullWithOneWaiting(),
                new ActivityRegistrationCancelledEvent(ID, R1, WEICHAI, RegistrationStatus.CONFIRMED),
                new ActivityRegistrationPromotedEvent(ID, R3, LOVOL, RegistrationStatus.CONFIRMED)))
                .when(register(RegistrationId.create(), WEICHAI, "刘洋"), as(WEICHAI_MEMBER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMemberRegistersOnlyPeopleOfTheirOwnOrganization() {
        given(published(5))
                .when(register(R1, SDAU, "陈静"), as(WEICHAI_MEMBER))
                .expectException(AccessRefused.class).expectNoEvents();
        given(published(5))
                .when(register(R1, WEICHAI, "刘洋"), as(OTHER_STAFF))
                .expectException(AccessRefused.class).expectNoEvents();
        given(published(5))
                .when(new RegisterForActivityCommand(ID, R1, WEICHAI, City.QINGDAO, "刘洋", null), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.organizationCityMismatch")).expectNoEvents();
        given(published(5))
                .when(register(R1, SDAU, "陈静"), as(STAFF))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cancellingASeatMovesTheFirstWaitingUp() {
        given(fullWithOneWaiting())
                .when(new CancelActivityRegistrationCommand(ID, R2), as(SDAU_MEMBER))
                .expectEvents(new ActivityRegistrationCancelledEvent(ID, R2, SDAU, RegistrationStatus.CONFIRMED),
                        new ActivityRegistrationPromotedEvent(ID, R3, LOVOL, RegistrationStatus.CONFIRMED));
    }

    @Test
    void leavingTheWaitingListFreesNoSeat() {
        given(fullWithOneWaiting())
                .when(new CancelActivityRegistrationCommand(ID, R3), as(LOVOL_MEMBER))
                .expectEvents(new ActivityRegistrationCancelledEvent(ID, R3, LOVOL, RegistrationStatus.WAITING));
    }

    @Test
    void cancellingIsRefusedForOthersTwiceAfterCheckInAndForUnknownRegistrations() {
        given(fullWithOneWaiting())
                .when(new CancelActivityRegistrationCommand(ID, R2), as(WEICHAI_MEMBER))
                .expectException(AccessRefused.class).expectNoEvents();
        given(history(fullWithOneWaiting(),
                new ActivityRegistrationCancelledEvent(ID, R3, LOVOL, RegistrationStatus.WAITING)))
                .when(new CancelActivityRegistrationCommand(ID, R3), as(LOVOL_MEMBER))
                .expectException(rule("activity.error.registrationNotActive")).expectNoEvents();
        given(history(fullWithOneWaiting(), new AttendeeCheckedInEvent(ID, R1, WEICHAI, NOW)))
                .when(new CancelActivityRegistrationCommand(ID, R1), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.alreadyCheckedIn")).expectNoEvents();
        given(fullWithOneWaiting())
                .when(new CancelActivityRegistrationCommand(ID, RegistrationId.create()), as(STAFF))
                .expectException(rule("activity.error.unknownRegistration")).expectNoEvents();
    }

    @Test
    void theOrganizerApprovesOrRejectsPendingRegistrations() {
        List<Object> pending = history(List.of(planned(ActivityKind.TRAINING, 1, true), new ActivityPublishedEvent(ID)),
                new ActivityRegistrationAcceptedEvent(ID, R1, WEICHAI, City.WEIFANG, "刘洋", null, CODE1,
                        RegistrationStatus.PENDING_APPROVAL),
                new ActivityRegistrationWaitlistedEvent(ID, R2, SDAU, City.TAIAN, "陈静", null, CODE2, 1));
        given(pending).when(new ApproveActivityRegistrationCommand(ID, R1), as(STAFF))
                .expectEvents(new ActivityRegistrationApprovedEvent(ID, R1, WEICHAI));
        given(pending).when(new RejectActivityRegistrationCommand(ID, R1, "名额限本市企业"), as(STAFF))
                .expectEvents(new ActivityRegistrationRejectedEvent(ID, R1, WEICHAI, "名额限本市企业"),
                        new ActivityRegistrationPromotedEvent(ID, R2, SDAU, RegistrationStatus.PENDING_APPROVAL));
        given(pending).when(new ApproveActivityRegistrationCommand(ID, R2), as(STAFF))
                .expectException(rule("activity.error.notPending")).expectNoEvents();
        given(history(pending, new ActivityRegistrationApprovedEvent(ID, R1, WEICHAI)))
                .when(new ApproveActivityRegistrationCommand(ID, R1), as(STAFF))
                .expectException(rule("activity.error.notPending")).expectNoEvents();
    }
}
