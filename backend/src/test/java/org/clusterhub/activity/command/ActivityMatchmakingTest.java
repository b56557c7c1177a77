package org.clusterhub.activity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.activity.command.ActivityTestData.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.shared.AccessRefused;
import org.junit.jupiter.api.Test;

/** Profiles, 1:1 meeting requests, the meeting grid and what came of the meetings. */
class ActivityMatchmakingTest extends ActivityFixtureTest {

    private static final Instant SLOT0 = STARTS;
    private static final Instant SLOT1 = STARTS.plusSeconds(1800);

    private static List<Object> scheduled() {
        return history(acceptedMeeting(), new MeetingScheduleBuiltEvent(ID,
                List.of(new ScheduledMeeting(M1, 0, 1, SLOT0, SLOT1)), List.of()));
    }

    @Test
    void aConfirmedRegistrantPostsWhatTheyOfferAndSeek() {
        given(acceptedMeeting())
                .when(new PostMatchmakingProfileCommand(ID, R1, List.of(" 农机动力总成 "), List.of("智能控制算法"),
                        Set.of("动力", " AI "), ChainPosition.CHAIN_LEADER, " 发动机 ", CLUSTER), as(WEICHAI_MEMBER))
                .expectEvents(new MatchmakingProfilePostedEvent(ID, R1, WEICHAI, List.of("农机动力总成"),
                        List.of("智能控制算法"), new TreeSet<>(Set.of("动力", "ai")), ChainPosition.CHAIN_LEADER, "发动机",
                        CLUSTER));
    }

    @Test
    void profilesAreRefusedOutsideMatchmakingForOthersAndForTheWaiting() {
        given(List.of(planned(ActivityKind.TRAINING, 5, false), new ActivityPublishedEvent(ID),
                confirmed(R1, WEICHAI, "刘洋", CODE1)))
                .when(new PostMatchmakingProfileCommand(ID, R1, List.of("a"), List.of(), Set.of(), null, null, null),
                        as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.notMatchmaking")).expectNoEvents();
        given(fullWithOneWaiting())
                .when(new PostMatchmakingProfileCommand(ID, R3, List.of("a"), List.of(), Set.of(), null, null, null),
                        as(LOVOL_MEMBER))
                .expectException(rule("activity.error.notConfirmed")).expectNoEvents();
        given(fullWithOneWaiting())
                .when(new PostMatchmakingProfileCommand(ID, R1, List.of("a"), List.of(), Set.of(), null, null, null),
                        as(SDAU_MEMBER))
                .expectException(AccessRefused.class).expectNoEvents();
        given(fullWithOneWaiting())
                .when(new PostMatchmakingProfileCommand(ID, R1, List.of(), List.of(), Set.of("x"), null, null, null),
                        as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.emptyProfile")).expectNoEvents();
    }

    @Test
    void aRegistrantRequestsAMeetingAndTheInviteeAnswers() {
        given(acceptedMeeting())
                .when(new RequestMeetingCommand(ID, M2, R3, R1, "求购发动机"), as(LOVOL_MEMBER))
                .expectEvents(new MeetingRequestedEvent(ID, M2, R3, LOVOL, R1, WEICHAI, "求购发动机"));
        List<Object> requested = history(acceptedMeeting(),
                new MeetingRequestedEvent(ID, M2, R3, LOVOL, R1, WEICHAI, "求购发动机"));
        given(requested).when(new RespondToMeetingRequestCommand(ID, M2, true), as(WEICHAI_MEMBER))
                .expectEvents(new MeetingRequestAcceptedEvent(ID, M2));
        given(requested).when(new RespondToMeetingRequestCommand(ID, M2, false), as(WEICHAI_MEMBER))
                .expectEvents(new MeetingRequestDeclinedEvent(ID, M2));
    }

    @Test
    void meetingRequestsAreRefusedWhenTheyCannotMakeSense() {
        given(acceptedMeeting())
                .when(new RequestMeetingCommand(ID, M2, R1, R1, null), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.meetingWithSelf")).expectNoEvents();
        given(acceptedMeeting())
                .when(new RequestMeetingCommand(ID, M2, R2, R1, null), as(SDAU_MEMBER))
                .expectException(rule("activity.error.meetingAlreadyRequested")).expectNoEvents();
        given(acceptedMeeting())
                .when(new RequestMeetingCommand(ID, M1, R3, R1, null), as(LOVOL_MEMBER))
                .expectException(rule("activity.error.meetingIdTaken")).expectNoEvents();
        given(acceptedMeeting())
                .when(new RequestMeetingCommand(ID, M2, R3, R1, null), as(WEICHAI_MEMBER))
                .expectException(AccessRefused.class).expectNoEvents();
        given(fullWithOneWaiting())
                .when(new RequestMeetingCommand(ID, M2, R1, R3, null), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.inviteeNotConfirmed")).expectNoEvents();
        given(acceptedMeeting())
                .when(new RequestMeetingCommand(ID, M2, R3, RegistrationId.create(), null), as(LOVOL_MEMBER))
                .expectException(rule("activity.error.unknownRegistration")).expectNoEvents();
    }

    @Test
    void onlyTheInviteeAnswersAndOnlyOnce() {
        given(acceptedMeeting()).when(new RespondToMeetingRequestCommand(ID, M1, true), as(SDAU_MEMBER))
                .expectException(rule("activity.error.meetingNotOpen")).expectNoEvents();
        List<Object> requested = history(acceptedMeeting(),
                new MeetingRequestedEvent(ID, M2, R3, LOVOL, R1, WEICHAI, null));
        given(requested).when(new RespondToMeetingRequestCommand(ID, M2, true), as(LOVOL_MEMBER))
                .expectException(AccessRefused.class).expectNoEvents();
        given(requested).when(new RespondToMeetingRequestCommand(ID, MeetingId.create(), true), as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.unknownMeeting")).expectNoEvents();
    }

    @Test
    void theOrganizerBuildsTheGridFromAcceptedMeetings() {
        given(acceptedMeeting())
                .when(new BuildMeetingScheduleCommand(ID), as(STAFF))
                .expectEvents(new MeetingScheduleBuiltEvent(ID, List.of(new ScheduledMeeting(M1, 0, 1, SLOT0, SLOT1)),
                        List.of()));
        given(history(published(5), confirmed(R1, WEICHAI, "刘洋", CODE1)))
                .when(new BuildMeetingScheduleCommand(ID), as(STAFF))
                .expectException(rule("activity.error.nothingToSchedule")).expectNoEvents();
    }

    @Test
    void aRebuiltGridKeepsMeetingsWhereTheyWere() {
        Captured events = new Captured();
        given(history(acceptedMeeting(),
                new MeetingScheduleBuiltEvent(ID, List.of(new ScheduledMeeting(M1, 5, 1, SLOT0.plusSeconds(5 * 1800),
                        SLOT0.plusSeconds(6 * 1800))), List.of()),
                new MeetingRequestedEvent(ID, M2, R3, LOVOL, R1, WEICHAI, null),
                new MeetingRequestAcceptedEvent(ID, M2)))
                .when(new BuildMeetingScheduleCommand(ID), as(STAFF))
                .expectEventsMatching(events);
        MeetingScheduleBuiltEvent built = events.only(MeetingScheduleBuiltEvent.class);
        assertThat(built.scheduled()).filteredOn(s -> s.meetingId().equals(M1)).extracting(ScheduledMeeting::slot)
                .containsExactly(5);
        assertThat(built.scheduled()).extracting(ScheduledMeeting::meetingId).containsExactlyInAnyOrder(M1, M2);
    }

    @Test
    void cancellingARegistrationDropsItsOpenMeetings() {
        given(scheduled())
                .when(new CancelActivityRegistrationCommand(ID, R2), as(SDAU_MEMBER))
                .expectEvents(new ActivityRegistrationCancelledEvent(ID, R2, SDAU, RegistrationStatus.CONFIRMED),
                        new MeetingDroppedEvent(ID, M1));
    }

    @Test
    void eachSideRecordsTheOutcomeOnceTheMeetingBegan() {
        givenAt(SLOT0.plusSeconds(600), scheduled())
                .when(new RecordMeetingOutcomeCommand(ID, M1, R2, MeetingOutcome.CONTRACT_SIGNED,
                        new BigDecimal("1200000"), "签订电控系统联合开发协议"), as(SDAU_MEMBER))
                .expectEvents(new MeetingOutcomeRecordedEvent(ID, M1, R2, SDAU, MeetingOutcome.CONTRACT_SIGNED,
                        new BigDecimal("1200000.00"), "签订电控系统联合开发协议"));
        givenAt(SLOT0.minusSeconds(1), scheduled())
                .when(new RecordMeetingOutcomeCommand(ID, M1, R2, MeetingOutcome.INTENTION, null, null),
                        as(SDAU_MEMBER))
                .expectException(rule("activity.error.meetingNotYetHeld")).expectNoEvents();
        givenAt(SLOT0.plusSeconds(600), scheduled())
                .when(new RecordMeetingOutcomeCommand(ID, M1, R3, MeetingOutcome.INTENTION, null, null),
                        as(LOVOL_MEMBER))
                .expectException(rule("activity.error.notASide")).expectNoEvents();
        givenAt(SLOT0.plusSeconds(600), scheduled())
                .when(new RecordMeetingOutcomeCommand(ID, M1, R2, MeetingOutcome.INTENTION, null, null),
                        as(WEICHAI_MEMBER))
                .expectException(AccessRefused.class).expectNoEvents();
        givenAt(SLOT0.plusSeconds(600), scheduled())
                .when(new RecordMeetingOutcomeCommand(ID, M1, R1, MeetingOutcome.NO_RESULT, BigDecimal.TEN, null),
                        as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.valueWithoutResult")).expectNoEvents();
        givenAt(SLOT0.plusSeconds(600), acceptedMeeting())
                .when(new RecordMeetingOutcomeCommand(ID, M1, R1, MeetingOutcome.INTENTION, null, null),
                        as(WEICHAI_MEMBER))
                .expectException(rule("activity.error.meetingNotScheduled")).expectNoEvents();
    }
}
