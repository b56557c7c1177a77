package org.clusterhub.challenge.command;

import static org.clusterhub.challenge.command.ChallengeTestData.*;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.challenge.api.*;
import org.clusterhub.shared.AccessRefused;
import org.junit.jupiter.api.Test;

/** Evaluation with conflict-of-interest exclusion, the choice of a winner (挂帅), publication and offers. */
class ChallengeEvaluationTest extends ChallengeFixtureTest {

    @Test
    void anEvaluatorScoresABidAgainstEveryCriterionWeighted() {
        // 90*40 + 80*25 + 70*15 + 60*20 = 7850 -> 78.50
        given(closed())
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, scores(90, 80, 70, 60), "路线清晰"), as(expert(E2)))
                .expectEvents(new BidScoredEvent(ID, BID_INSTITUTE, E2.username(), scores(90, 80, 70, 60),
                        new BigDecimal("78.50"), "路线清晰", 1, 5));
        given(closed())
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, List.of(new BidCriterionScore("approach", 90)), null),
                        as(expert(E2)))
                .expectException(rule("challenge.error.scoreEveryCriterion"));
    }

    @Test
    void anEvaluatorFromTheBiddingOrganizationIsExcludedFromItsBid() {
        given(closed())
                .when(new ScoreBidCommand(ID, BID_UNIVERSITY, flat(99), null), as(expert(E1)))
                .expectException(rule("challenge.error.conflictOfInterest"))
                .expectNoEvents();
        // The same evaluator may score the other bid.
        given(closed())
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, flat(70), null), as(expert(E1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anEvaluatorFromAnyMemberOfABiddingConsortiumIsExcluded() {
        Evaluator fromPartner = new Evaluator("expert12", "孙海涛", CONSORTIUM_PARTNER);
        ChallengePostedEvent posted = posted();
        ChallengePostedEvent withPartnerEvaluator = new ChallengePostedEvent(ID, CLUSTER, PROMOTER, posted.title(),
                posted.need(), posted.area(), posted.keywords(), posted.indicators(), posted.budget(), posted.reward(),
                posted.eligibility(), CLOSES, CRITERIA, List.of(E1, E2, fromPartner));
        BidSubmittedEvent consortiumBid = new BidSubmittedEvent(ID, BID_ENTERPRISE, ENTERPRISE,
                new ConsortiumBidder("c-1", "高端电主轴创新联合体", List.of(ENTERPRISE, CONSORTIUM_PARTNER)), "联合攻关",
                "30 人", "24 个月", new BigDecimal("790.00"));
        given(List.of(withPartnerEvaluator, consortiumBid, new BiddingClosedEvent(ID, CLOSES, 1)))
                .when(new ScoreBidCommand(ID, BID_ENTERPRISE, flat(95), null), as(expert(fromPartner)))
                .expectException(rule("challenge.error.conflictOfInterest"));
    }

    @Test
    void onlyNamedEvaluatorsScoreOnlyAfterTheDeadlineAndOnlyOnce() {
        Evaluator stranger = new Evaluator("expert09", "周晓梅", "青岛大学");
        given(closed())
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, flat(80), null), as(expert(stranger)))
                .expectException(AccessRefused.class);
        given(closed())
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, flat(80), null), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
        given(withTwoBids())
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, flat(80), null), as(expert(E2)))
                .expectException(rule("challenge.error.wrongState"));
        given(plus(closed(), scored(BID_INSTITUTE, E2, 80, 1)))
                .when(new ScoreBidCommand(ID, BID_INSTITUTE, flat(60), null), as(expert(E2)))
                .expectException(rule("challenge.error.alreadyScored"));
        given(closed())
                .when(new ScoreBidCommand(ID, "no-such-bid", flat(60), null), as(expert(E2)))
                .expectException(rule("challenge.error.unknownBid"));
    }

    @Test
    void theLastScoreCompletesTheEvaluationWithARankingByWeightedAverage() {
        List<Object> fourScores = plus(closed(), scored(BID_INSTITUTE, E1, 85, 1), scored(BID_INSTITUTE, E2, 85, 2),
                scored(BID_INSTITUTE, E3, 85, 3), scored(BID_UNIVERSITY, E2, 80, 4));
        given(fourScores)
                .when(new ScoreBidCommand(ID, BID_UNIVERSITY, flat(80), null), as(expert(E3)))
                .expectEvents(new BidScoredEvent(ID, BID_UNIVERSITY, E3.username(), flat(80), new BigDecimal("80.00"),
                                null, 5, 5),
                        new EvaluationCompletedEvent(ID, List.of(INSTITUTE_FIRST, UNIVERSITY_SECOND), 2));
    }

    @Test
    void thePosterChoosesTheTopBidOrAnotherWithAWrittenReason() {
        given(evaluated())
                .when(new ChooseWinnerCommand(ID, BID_INSTITUTE, null), as(STAFF))
                .expectEvents(new WinnerChosenEvent(ID, BID_INSTITUTE, INSTITUTE, new BigDecimal("85.00"), 1, null));
        given(evaluated())
                .when(new ChooseWinnerCommand(ID, BID_UNIVERSITY, "  "), as(STAFF))
                .expectException(rule("challenge.error.reasonRequired"))
                .expectNoEvents();
        given(evaluated())
                .when(new ChooseWinnerCommand(ID, BID_UNIVERSITY, "报价低且有同类产品量产经验"), as(STAFF))
                .expectEvents(new WinnerChosenEvent(ID, BID_UNIVERSITY, UNIVERSITY, new BigDecimal("80.00"), 2,
                        "报价低且有同类产品量产经验"));
        given(evaluated())
                .when(new ChooseWinnerCommand(ID, BID_INSTITUTE, null), as(OTHER_STAFF))
                .expectException(AccessRefused.class);
        given(closed())
                .when(new ChooseWinnerCommand(ID, BID_INSTITUTE, null), as(STAFF))
                .expectException(rule("challenge.error.evaluationIncomplete"));
    }

    @Test
    void thereIsOneWinner() {
        given(plus(evaluated(), new WinnerChosenEvent(ID, BID_INSTITUTE, INSTITUTE, new BigDecimal("85.00"), 1,
                null)))
                .when(new ChooseWinnerCommand(ID, BID_UNIVERSITY, "改选"), as(STAFF))
                .expectException(rule("challenge.error.wrongState"));
    }

    @Test
    void publishingTheDecisionRevealsTheWinnerAndTheRanking() {
        given(plus(evaluated(), new WinnerChosenEvent(ID, BID_UNIVERSITY, UNIVERSITY, new BigDecimal("80.00"), 2,
                "量产经验")))
                .when(new PublishDecisionCommand(ID), as(STAFF))
                .expectEvents(new ChallengeDecisionPublishedEvent(ID, BID_UNIVERSITY, UNIVERSITY, null,
                        new BigDecimal("80.00"), 2, "量产经验", List.of(INSTITUTE_FIRST, UNIVERSITY_SECOND)));
        given(evaluated())
                .when(new PublishDecisionCommand(ID), as(STAFF))
                .expectException(rule("challenge.error.wrongState"));
    }

    @Test
    void whenTheWinnerWithdrawsTheNextRankedIsOffered() {
        given(published())
                .when(new WithdrawFromAwardCommand(ID, "核心团队调整，无法承担"), as(INSTITUTE_MEMBER))
                .expectEvents(new AwardWithdrawnEvent(ID, BID_INSTITUTE, INSTITUTE, "核心团队调整，无法承担"),
                        new AwardOfferedEvent(ID, BID_UNIVERSITY, UNIVERSITY, 2, new BigDecimal("80.00")));
        given(published())
                .when(new WithdrawFromAwardCommand(ID, "不是我们中标"), as(UNIVERSITY_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void theOfferIsAcceptedOrDeclinedByTheOfferedBidderOnly() {
        List<Object> offered = plus(published(), new AwardWithdrawnEvent(ID, BID_INSTITUTE, INSTITUTE, "团队调整"),
                new AwardOfferedEvent(ID, BID_UNIVERSITY, UNIVERSITY, 2, new BigDecimal("80.00")));
        given(offered)
                .when(new AnswerAwardOfferCommand(ID, true, "愿意承担"), as(UNIVERSITY_MEMBER))
                .expectEvents(new AwardOfferAcceptedEvent(ID, BID_UNIVERSITY, UNIVERSITY, "愿意承担"));
        given(offered)
                .when(new AnswerAwardOfferCommand(ID, false, null), as(UNIVERSITY_MEMBER))
                .expectEvents(new AwardOfferDeclinedEvent(ID, BID_UNIVERSITY, UNIVERSITY, null),
                        new AwardLapsedEvent(ID, 2));
        given(offered)
                .when(new AnswerAwardOfferCommand(ID, true, null), as(INSTITUTE_MEMBER))
                .expectException(AccessRefused.class);
        given(plus(offered, new AwardOfferAcceptedEvent(ID, BID_UNIVERSITY, UNIVERSITY, null)))
                .when(new ReportDeliveryProgressCommand(ID, "m1", 10, "启动"), as(UNIVERSITY_MEMBER))
                .expectException(rule("challenge.error.unknownMilestone"));
    }

    @Test
    void aLapsedAwardIsRepostedOrCancelled() {
        List<Object> lapsed = plus(published(), new AwardWithdrawnEvent(ID, BID_INSTITUTE, INSTITUTE, "团队调整"),
                new AwardOfferedEvent(ID, BID_UNIVERSITY, UNIVERSITY, 2, new BigDecimal("80.00")),
                new AwardOfferDeclinedEvent(ID, BID_UNIVERSITY, UNIVERSITY, null), new AwardLapsedEvent(ID, 2));
        java.time.Instant next = CLOSES.plusSeconds(60L * 86400);
        given(lapsed)
                .when(new RepostChallengeCommand(ID, next), as(STAFF))
                .expectEvents(new ChallengeRepostedEvent(ID, 2, next));
        given(lapsed)
                .when(new CancelChallengeCommand(ID, "无合适团队"), as(STAFF))
                .expectEvents(new ChallengeCancelledEvent(ID, ChallengeStatus.UNAWARDED, "无合适团队"));
    }
}
