package org.clusterhub.challenge.command;

import static org.clusterhub.challenge.command.ChallengeTestData.*;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.challenge.api.*;
import org.clusterhub.shared.AccessRefused;
import org.junit.jupiter.api.Test;

/** Bidding (揭榜): submitting, revising and withdrawing until the deadline, and what the deadline does. */
class ChallengeBiddingTest extends ChallengeFixtureTest {

    @Test
    void aMemberBidsForItsOwnOrganization() {
        given(List.of(posted()))
                .when(bid(BID_UNIVERSITY, UNIVERSITY), as(UNIVERSITY_MEMBER))
                .expectEvents(bidSubmitted(BID_UNIVERSITY, UNIVERSITY));
        given(List.of(posted()))
                .when(bid(BID_UNIVERSITY, INSTITUTE), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class)
                .expectNoEvents();
    }

    @Test
    void aConsortiumBidNamesItsMembersAndTheBidderIsOneOfThem() {
        ConsortiumBidder consortium = new ConsortiumBidder("c-1", "高端电主轴创新联合体",
                List.of(ENTERPRISE, CONSORTIUM_PARTNER, ENTERPRISE));
        SubmitBidCommand command = new SubmitBidCommand(ID, BID_ENTERPRISE, ENTERPRISE, consortium, "联合攻关电主轴关键部件",
                "联合体成员 30 人", "24 个月", new BigDecimal("790.5"));
        given(List.of(posted()))
                .when(command, as(ENTERPRISE_MEMBER))
                .expectEvents(new BidSubmittedEvent(ID, BID_ENTERPRISE, ENTERPRISE, new ConsortiumBidder("c-1",
                        "高端电主轴创新联合体", List.of(ENTERPRISE, CONSORTIUM_PARTNER)), "联合攻关电主轴关键部件", "联合体成员 30 人",
                        "24 个月", new BigDecimal("790.50")));
        SubmitBidCommand notAMember = new SubmitBidCommand(ID, BID_ENTERPRISE, ENTERPRISE,
                new ConsortiumBidder("c-1", "高端电主轴创新联合体", List.of(CONSORTIUM_PARTNER)), "联合攻关电主轴关键部件",
                "联合体成员 30 人", "24 个月", new BigDecimal("790.5"));
        given(List.of(posted()))
                .when(notAMember, as(ENTERPRISE_MEMBER))
                .expectException(rule("challenge.error.bidderNotInConsortium"));
    }

    @Test
    void onlyOneStandingBidPerOrganizationAndNoneFromThePoster() {
        given(withTwoBids())
                .when(bid("bid-again", UNIVERSITY), as(UNIVERSITY_MEMBER))
                .expectException(rule("challenge.error.alreadyBid"));
        given(withTwoBids())
                .when(bid(BID_UNIVERSITY, ENTERPRISE), as(ENTERPRISE_MEMBER))
                .expectException(rule("challenge.error.duplicateId"));
        given(plus(withTwoBids(), new BidWithdrawnEvent(ID, BID_UNIVERSITY, UNIVERSITY)))
                .when(bid("bid-sdu-2", UNIVERSITY), as(UNIVERSITY_MEMBER))
                .expectSuccessfulHandlerExecution();
        org.clusterhub.shared.Actor promoterMember = new org.clusterhub.shared.Actor("u-p", "p", "协会会员",
                org.clusterhub.shared.Role.MEMBER, java.util.Set.of(), null, PROMOTER);
        given(List.of(posted()))
                .when(bid("bid-p", PROMOTER), as(promoterMember))
                .expectException(rule("challenge.error.posterCannotBid"));
    }

    @Test
    void theBidderRevisesAndWithdrawsItsOwnBidOnly() {
        given(withTwoBids())
                .when(new ReviseBidCommand(ID, BID_UNIVERSITY, "改用磁悬浮轴承路线，提高极限转速。", "教授 4 名", "16 个月",
                        new BigDecimal("700")), as(UNIVERSITY_MEMBER))
                .expectEvents(new BidRevisedEvent(ID, BID_UNIVERSITY, UNIVERSITY, "改用磁悬浮轴承路线，提高极限转速。", "教授 4 名",
                        "16 个月", new BigDecimal("700.00")));
        given(withTwoBids())
                .when(new ReviseBidCommand(ID, BID_UNIVERSITY, "偷偷改掉别人的方案内容", "x1", "x1", BigDecimal.ONE),
                        as(INSTITUTE_MEMBER))
                .expectException(AccessRefused.class)
                .expectNoEvents();
        given(withTwoBids())
                .when(new WithdrawBidCommand(ID, BID_INSTITUTE), as(INSTITUTE_MEMBER))
                .expectEvents(new BidWithdrawnEvent(ID, BID_INSTITUTE, INSTITUTE));
        given(withTwoBids())
                .when(new WithdrawBidCommand(ID, BID_INSTITUTE), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
        given(plus(withTwoBids(), new BidWithdrawnEvent(ID, BID_INSTITUTE, INSTITUTE)))
                .when(new WithdrawBidCommand(ID, BID_INSTITUTE), as(INSTITUTE_MEMBER))
                .expectException(rule("challenge.error.unknownBid"));
    }

    @Test
    void nothingChangesAfterTheDeadlineEvenBeforeItFired() {
        fixture = new org.axonframework.test.aggregate.AggregateTestFixture<>(Challenge.class);
        fixture.givenCurrentTime(CLOSES.plusSeconds(1)).andGiven(withTwoBids())
                .when(bid(BID_ENTERPRISE, ENTERPRISE), as(ENTERPRISE_MEMBER))
                .expectException(rule("challenge.error.biddingClosed"));
        given(closed())
                .when(new WithdrawBidCommand(ID, BID_INSTITUTE), as(INSTITUTE_MEMBER))
                .expectException(rule("challenge.error.biddingClosed"));
        given(closed())
                .when(new ReviseBidCommand(ID, BID_INSTITUTE, "截止后再修改的技术路线", "x1", "x1", BigDecimal.ONE),
                        as(INSTITUTE_MEMBER))
                .expectException(rule("challenge.error.biddingClosed"));
    }

    @Test
    void theDeadlineClosesBiddingWithTheStandingBidsCounted() {
        givenPostedCommand(bidSubmitted(BID_UNIVERSITY, UNIVERSITY), bidSubmitted(BID_INSTITUTE, INSTITUTE),
                new BidWithdrawnEvent(ID, BID_UNIVERSITY, UNIVERSITY))
                .whenTimeAdvancesTo(CLOSES)
                .expectTriggeredDeadlinesWithName(BidDeadline.NAME)
                .expectEvents(new BiddingClosedEvent(ID, CLOSES, 1));
        givenPostedCommand(bidSubmitted(BID_UNIVERSITY, UNIVERSITY))
                .whenTimeAdvancesTo(CLOSES.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aSecondFiringOfTheDeadlineRecordsNothing() {
        givenPostedCommand(bidSubmitted(BID_UNIVERSITY, UNIVERSITY), new BiddingClosedEvent(ID, CLOSES, 1))
                .whenTimeAdvancesTo(CLOSES)
                .expectTriggeredDeadlinesWithName(BidDeadline.NAME)
                .expectNoEvents();
    }

    @Test
    void aRepostVoidsEarlierBids() {
        given(plus(List.of(posted()), new BiddingClosedWithoutBidsEvent(ID, CLOSES),
                new ChallengeRepostedEvent(ID, 2, CLOSES.plusSeconds(30 * 86400))))
                .when(bid(BID_UNIVERSITY, UNIVERSITY), as(UNIVERSITY_MEMBER))
                .expectEvents(bidSubmitted(BID_UNIVERSITY, UNIVERSITY));
    }
}
