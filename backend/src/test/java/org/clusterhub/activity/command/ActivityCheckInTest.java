package org.clusterhub.activity.command;

import static org.clusterhub.activity.command.ActivityTestData.*;

import java.time.Instant;
import java.util.List;
import org.clusterhub.activity.api.*;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;

/** Check-in at the door: each confirmed registration once, by its own code, at its own activity. */
class ActivityCheckInTest extends ActivityFixtureTest {

    private static final Instant AT_THE_DOOR = STARTS.minusSeconds(600);

    @Test
    void aConfirmedRegistrantChecksInOnceWithTheCodeTypedOrScanned() {
        givenAt(AT_THE_DOOR, fullWithOneWaiting())
                .when(new CheckInAttendeeCommand(ID, " a1b2c3-aaaaaa "), as(STAFF))
                .expectEvents(new AttendeeCheckedInEvent(ID, R1, WEICHAI, AT_THE_DOOR));
        givenAt(AT_THE_DOOR, history(fullWithOneWaiting(), new AttendeeCheckedInEvent(ID, R1, WEICHAI, AT_THE_DOOR)))
                .when(new CheckInAttendeeCommand(ID, CODE1), as(STAFF))
                .expectException(rule("activity.error.alreadyCheckedIn")).expectNoEvents();
    }

    @Test
    void codesOfOtherActivitiesAndUnknownCodesAreRefused() {
        givenAt(AT_THE_DOOR, fullWithOneWaiting())
                .when(new CheckInAttendeeCommand(ID, "FFEE00-AAAAAA"), as(STAFF))
                .expectException(rule("activity.error.codeOfAnotherActivity")).expectNoEvents();
        givenAt(AT_THE_DOOR, fullWithOneWaiting())
                .when(new CheckInAttendeeCommand(ID, "A1B2C3-ZZZZZZ"), as(STAFF))
                .expectException(rule("activity.error.unknownCode")).expectNoEvents();
    }

    @Test
    void onlyConfirmedRegistrationsGetIn() {
        givenAt(AT_THE_DOOR, fullWithOneWaiting())
                .when(new CheckInAttendeeCommand(ID, CODE3), as(STAFF))
                .expectException(rule("activity.error.stillWaiting")).expectNoEvents();
        givenAt(AT_THE_DOOR, history(fullWithOneWaiting(),
                new ActivityRegistrationCancelledEvent(ID, R2, SDAU, RegistrationStatus.CONFIRMED),
                new ActivityRegistrationPromotedEvent(ID, R3, LOVOL, RegistrationStatus.CONFIRMED)))
                .when(new CheckInAttendeeCommand(ID, CODE2), as(STAFF))
                .expectException(rule("activity.error.registrationNotActive")).expectNoEvents();
        givenAt(AT_THE_DOOR, history(List.of(planned(ActivityKind.TRAINING, 5, true), new ActivityPublishedEvent(ID)),
                new ActivityRegistrationAcceptedEvent(ID, R1, WEICHAI, City.WEIFANG, "刘洋", null, CODE1,
                        RegistrationStatus.PENDING_APPROVAL)))
                .when(new CheckInAttendeeCommand(ID, CODE1), as(STAFF))
                .expectException(rule("activity.error.notApproved")).expectNoEvents();
    }

    @Test
    void checkInOpensThreeHoursBeforeTheStartAndClosesAtTheEnd() {
        givenAt(STARTS.minusSeconds(3 * 3600 + 1), fullWithOneWaiting())
                .when(new CheckInAttendeeCommand(ID, CODE1), as(STAFF))
                .expectException(rule("activity.error.checkInNotOpen")).expectNoEvents();
        givenAt(ENDS, fullWithOneWaiting())
                .when(new CheckInAttendeeCommand(ID, CODE1), as(STAFF))
                .expectException(rule("activity.error.over")).expectNoEvents();
    }
}
