package org.clusterhub.challenge.command;

import static org.clusterhub.challenge.command.ChallengeTestData.*;

import java.time.Instant;
import java.util.List;
import org.clusterhub.challenge.api.BidDeadlineExtendedEvent;
import org.clusterhub.challenge.api.BiddingClosedWithoutBidsEvent;
import org.clusterhub.challenge.api.CancelChallengeCommand;
import org.clusterhub.challenge.api.ChallengeCancelledEvent;
import org.clusterhub.challenge.api.ChallengePostedEvent;
import org.clusterhub.challenge.api.ChallengeStatus;
import org.clusterhub.challenge.api.EvaluationCriterion;
import org.clusterhub.challenge.api.ExtendBidDeadlineCommand;
import org.clusterhub.challenge.api.PostChallengeCommand;
import org.clusterhub.challenge.api.RepostChallengeCommand;
import org.clusterhub.challenge.api.ChallengeRepostedEvent;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** Posting (发榜), extending, re-posting and cancelling a challenge. */
class ChallengePostingTest extends ChallengeFixtureTest {

    @Test
    void promotionStaffPostAChallengeAndItsBidDeadlineIsScheduled() {
        givenNothing()
                .when(post(), as(STAFF))
                .expectEvents(posted())
                .expectScheduledDeadline(CLOSES, new BidDeadline(CLOSES, 1))
                .expectScheduledDeadlineWithName(CLOSES, BidDeadline.NAME);
    }

    @Test
    void aLeadingEnterprisePostsForItselfOnly() {
        givenNothing()
                .when(post(ENTERPRISE, CLOSES, CRITERIA, EVALUATORS), as(ENTERPRISE_MEMBER))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.<Object>instanceOf(ChallengePostedEvent.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        givenNothing()
                .when(post(UNIVERSITY, CLOSES, CRITERIA, EVALUATORS), as(ENTERPRISE_MEMBER))
                .expectException(AccessRefused.class)
                .expectNoEvents();
        givenNothing()
                .when(post(), as(OTHER_STAFF))
                .expectException(AccessRefused.class);
    }

    @Test
    void weightsMustAddUpTo100AndCriteriaBeDistinct() {
        givenNothing()
                .when(post(PROMOTER, CLOSES, List.of(new EvaluationCriterion("approach", "技术", "Tech", 60),
                        new EvaluationCriterion("price", "报价", "Price", 30)), EVALUATORS), as(STAFF))
                .expectException(DomainRuleViolation.class)
                .expectException(rule("challenge.error.weightsNot100"))
                .expectNoEvents();
        givenNothing()
                .when(post(PROMOTER, CLOSES, List.of(new EvaluationCriterion("approach", "技术", "Tech", 50),
                        new EvaluationCriterion("approach", "技术2", "Tech", 50)), EVALUATORS), as(STAFF))
                .expectException(rule("challenge.error.duplicateCriterion"));
    }

    @Test
    void atLeastThreeDistinctEvaluatorsAndAFutureDeadline() {
        givenNothing()
                .when(post(PROMOTER, CLOSES, CRITERIA, List.of(E1, E2)), as(STAFF))
                .expectException(rule("challenge.error.tooFewEvaluators"));
        givenNothing()
                .when(post(PROMOTER, CLOSES, CRITERIA, List.of(E1, E2, E1)), as(STAFF))
                .expectException(rule("challenge.error.duplicateEvaluator"));
        givenNothing()
                .when(post(PROMOTER, NOW.minusSeconds(60), CRITERIA, EVALUATORS), as(STAFF))
                .expectException(rule("challenge.error.deadlineInPast"));
    }

    @Test
    void thePosterExtendsAnOpenDeadlineToALaterMoment() {
        Instant later = CLOSES.plusSeconds(7 * 86400);
        given(List.of(posted()))
                .when(new ExtendBidDeadlineCommand(ID, later), as(STAFF))
                .expectEvents(new BidDeadlineExtendedEvent(ID, CLOSES, later))
                .expectScheduledDeadline(later, new BidDeadline(later, 1))
                .expectNoScheduledDeadline(CLOSES, new BidDeadline(CLOSES, 1));
        given(List.of(posted()))
                .when(new ExtendBidDeadlineCommand(ID, CLOSES.minusSeconds(3600)), as(STAFF))
                .expectException(rule("challenge.error.deadlineNotLater"));
        given(List.of(posted()))
                .when(new ExtendBidDeadlineCommand(ID, later), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void noBidsAtTheDeadlineThenThePosterExtendsOrReposts() {
        givenPostedCommand()
                .whenTimeAdvancesTo(CLOSES)
                .expectTriggeredDeadlinesWithName(BidDeadline.NAME)
                .expectEvents(new BiddingClosedWithoutBidsEvent(ID, CLOSES));
        Instant later = CLOSES.plusSeconds(14 * 86400);
        given(List.of(posted(), new BiddingClosedWithoutBidsEvent(ID, CLOSES)))
                .when(new ExtendBidDeadlineCommand(ID, later), as(STAFF))
                .expectEvents(new BidDeadlineExtendedEvent(ID, CLOSES, later))
                .expectState(challenge -> org.assertj.core.api.Assertions.assertThat(challenge)
                        .extracting("status").isEqualTo(ChallengeStatus.OPEN));
        given(List.of(posted(), new BiddingClosedWithoutBidsEvent(ID, CLOSES)))
                .when(new RepostChallengeCommand(ID, later), as(STAFF))
                .expectEvents(new ChallengeRepostedEvent(ID, 2, later))
                .expectScheduledDeadline(later, new BidDeadline(later, 2));
        given(List.of(posted()))
                .when(new RepostChallengeCommand(ID, later), as(STAFF))
                .expectException(rule("challenge.error.wrongState"));
    }

    @Test
    void aDeadlineThatWasExtendedSinceRecordsNothingWhenItFires() {
        Instant later = CLOSES.plusSeconds(86400);
        givenPostedCommand(new BidDeadlineExtendedEvent(ID, CLOSES, later))
                .whenTimeAdvancesTo(CLOSES)
                .expectTriggeredDeadlinesWithName(BidDeadline.NAME)
                .expectNoEvents();
    }

    @Test
    void thePosterOrTheProvinceCancelsWithAReason() {
        given(List.of(posted()))
                .when(new CancelChallengeCommand(ID, "需求已由其他渠道解决"), as(STAFF))
                .expectEvents(new ChallengeCancelledEvent(ID, ChallengeStatus.OPEN, "需求已由其他渠道解决"))
                .expectNoScheduledDeadlines();
        given(List.of(posted()))
                .when(new CancelChallengeCommand(ID, "政策调整"), as(SUPERVISOR))
                .expectSuccessfulHandlerExecution();
        given(List.of(posted()))
                .when(new CancelChallengeCommand(ID, "不想做了"), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
        given(List.of(posted(), new ChallengeCancelledEvent(ID, ChallengeStatus.OPEN, "x1")))
                .when(new CancelChallengeCommand(ID, "再次取消"), as(STAFF))
                .expectException(rule("challenge.error.wrongState"));
    }

    @Test
    void aPostingCommandDeclaresItsClusterAndOrganization() {
        PostChallengeCommand command = post();
        org.assertj.core.api.Assertions.assertThat(command.accessRequirement().clusterId())
                .isEqualTo(CLUSTER.toString());
        org.assertj.core.api.Assertions.assertThat(command.accessRequirement().organization()).isEqualTo(PROMOTER);
        org.assertj.core.api.Assertions.assertThat(SUPERVISOR.satisfies(command.accessRequirement())).isFalse();
    }
}
