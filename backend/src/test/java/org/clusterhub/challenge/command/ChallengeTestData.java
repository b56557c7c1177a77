package org.clusterhub.challenge.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.clusterhub.challenge.api.*;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * One challenge of the CNC machine-tool cluster, the people around it, and its history up to each stage. Three
 * evaluators; 山东大学 both bids and has an evaluator (王建国), who is therefore excluded from scoring its bid.
 */
final class ChallengeTestData {

    static final ChallengeId ID = ChallengeId.of("0c7f8a51-2d4b-4b6e-9a3c-5e8f7d6c4b3a");
    static final ClusterId CLUSTER = ClusterId.forPlanCode("cnc-machine-tools");
    static final ClusterId OTHER_CLUSTER = ClusterId.forPlanCode("marine-equipment");

    static final String PROMOTER = "山东机床通用机械工业协会";
    static final String ENTERPRISE = "潍柴动力股份有限公司";
    static final String UNIVERSITY = "山东大学";
    static final String INSTITUTE = "山东产业技术研究院";
    static final String CONSORTIUM_PARTNER = "济南二机床集团有限公司";

    /** Monday 2 March 2026, 09:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Bids close on 31 March 2026 at 17:00 in Shanghai. */
    static final Instant CLOSES = Instant.parse("2026-03-31T09:00:00Z");

    static final Actor STAFF = new Actor("u-staff", "staff07", "张敏", Role.PROMOTION_STAFF,
            Set.of(CLUSTER.toString()), City.JINAN, PROMOTER);
    static final Actor OTHER_STAFF = new Actor("u-other", "staff09", "孙丽", Role.PROMOTION_STAFF,
            Set.of(OTHER_CLUSTER.toString()), City.QINGDAO, "山东省船舶工业行业协会");
    static final Actor SUPERVISOR = new Actor("u-sup", "supervisor", "李伟", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");
    static final Actor ENTERPRISE_MEMBER = new Actor("u-wc", "member-weichai", "陈杰", Role.MEMBER, Set.of(),
            City.WEIFANG, ENTERPRISE);
    static final Actor UNIVERSITY_MEMBER = new Actor("u-sdu", "member-sdu", "刘洋", Role.MEMBER, Set.of(),
            City.JINAN, UNIVERSITY);
    static final Actor INSTITUTE_MEMBER = new Actor("u-sdiit", "member-sdiit", "周海", Role.MEMBER, Set.of(),
            City.JINAN, INSTITUTE);

    static final Evaluator E1 = new Evaluator("expert01", "王建国", UNIVERSITY);
    static final Evaluator E2 = new Evaluator("expert02", "李秀英", "中国海洋大学");
    static final Evaluator E3 = new Evaluator("expert03", "张伟", "山东省科学院");
    static final List<Evaluator> EVALUATORS = List.of(E1, E2, E3);
    static final List<EvaluationCriterion> CRITERIA = EvaluationCriterion.standard();
    static final List<TechnicalIndicator> INDICATORS = List.of(
            new TechnicalIndicator("accuracy", "定位精度", "≤ 3", "μm"),
            new TechnicalIndicator("life", "平均无故障时间", "≥ 2000", "h"));

    static final String BID_UNIVERSITY = "bid-sdu";
    static final String BID_INSTITUTE = "bid-sdiit";
    static final String BID_ENTERPRISE = "bid-weichai";

    private ChallengeTestData() {
    }

    static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    static Actor expert(Evaluator evaluator) {
        return new Actor("u-" + evaluator.username(), evaluator.username(), evaluator.displayName(), Role.EXPERT,
                Set.of(), City.JINAN, evaluator.organization());
    }

    static PostChallengeCommand post() {
        return post(PROMOTER, CLOSES, CRITERIA, EVALUATORS);
    }

    static PostChallengeCommand post(String organization, Instant closes, List<EvaluationCriterion> criteria,
                                     List<Evaluator> evaluators) {
        return new PostChallengeCommand(ID, CLUSTER, organization, "高精度数控机床电主轴国产化",
                "研制转速 24000 rpm 的高精度电主轴，替代进口产品，满足五轴加工中心配套需求。", TechnologyArea.BASIC_COMPONENTS,
                List.of("电主轴", "五轴"), INDICATORS, new BigDecimal("800"), "首台套认定支持", "省内注册的企业、高校、科研院所或创新联合体",
                closes, criteria, evaluators);
    }

    static ChallengePostedEvent posted() {
        return new ChallengePostedEvent(ID, CLUSTER, PROMOTER, "高精度数控机床电主轴国产化",
                "研制转速 24000 rpm 的高精度电主轴，替代进口产品，满足五轴加工中心配套需求。", TechnologyArea.BASIC_COMPONENTS,
                List.of("电主轴", "五轴"), INDICATORS, new BigDecimal("800.00"), "首台套认定支持", "省内注册的企业、高校、科研院所或创新联合体",
                CLOSES, CRITERIA, EVALUATORS);
    }

    static SubmitBidCommand bid(String bidId, String organization) {
        return new SubmitBidCommand(ID, bidId, organization, null, "采用陶瓷轴承与油气润滑的技术路线，闭环热补偿。",
                "教授 3 名，工程师 8 名", "18 个月", new BigDecimal("760"));
    }

    static BidSubmittedEvent bidSubmitted(String bidId, String organization) {
        return new BidSubmittedEvent(ID, bidId, organization, null, "采用陶瓷轴承与油气润滑的技术路线，闭环热补偿。",
                "教授 3 名，工程师 8 名", "18 个月", new BigDecimal("760.00"));
    }

    /** Posted, with bids from the university and the institute. */
    static List<Object> withTwoBids() {
        return List.of(posted(), bidSubmitted(BID_UNIVERSITY, UNIVERSITY), bidSubmitted(BID_INSTITUTE, INSTITUTE));
    }

    static List<Object> closed() {
        return plus(withTwoBids(), new BiddingClosedEvent(ID, CLOSES, 2));
    }

    static List<BidCriterionScore> scores(int approach, int team, int schedule, int price) {
        return List.of(new BidCriterionScore("approach", approach), new BidCriterionScore("team", team),
                new BidCriterionScore("schedule", schedule), new BidCriterionScore("price", price));
    }

    static List<BidCriterionScore> flat(int score) {
        return scores(score, score, score, score);
    }

    static BidScoredEvent scored(String bidId, Evaluator evaluator, int score, int recorded) {
        return new BidScoredEvent(ID, bidId, evaluator.username(), flat(score), new BigDecimal(score + ".00"), null,
                recorded, 5);
    }

    static final RankedBid INSTITUTE_FIRST = new RankedBid(BID_INSTITUTE, INSTITUTE, null, new BigDecimal("85.00"), 1, 3);
    static final RankedBid UNIVERSITY_SECOND = new RankedBid(BID_UNIVERSITY, UNIVERSITY, null, new BigDecimal("80.00"), 2,
            2);

    /**
     * Every score in: the institute's bid scored 85 by all three, the university's 80 by the two evaluators not
     * from 山东大学.
     */
    static List<Object> evaluated() {
        return plus(closed(), scored(BID_INSTITUTE, E1, 85, 1), scored(BID_INSTITUTE, E2, 85, 2),
                scored(BID_INSTITUTE, E3, 85, 3), scored(BID_UNIVERSITY, E2, 80, 4), scored(BID_UNIVERSITY, E3, 80, 5),
                new EvaluationCompletedEvent(ID, List.of(INSTITUTE_FIRST, UNIVERSITY_SECOND), 2));
    }

    static List<Object> published() {
        return plus(evaluated(), new WinnerChosenEvent(ID, BID_INSTITUTE, INSTITUTE, new BigDecimal("85.00"), 1, null),
                new ChallengeDecisionPublishedEvent(ID, BID_INSTITUTE, INSTITUTE, null, new BigDecimal("85.00"), 1,
                        null, List.of(INSTITUTE_FIRST, UNIVERSITY_SECOND)));
    }

    static List<Object> delivered() {
        return plus(published(), new DeliveryMilestoneAddedEvent(ID, "m1", "样机试制", LocalDate.of(2026, 9, 30)),
                new DeliveryProgressReportedEvent(ID, "m1", 100, "样机完成"),
                new DeliveryMilestoneAcceptedEvent(ID, "m1", "同意"));
    }

    static List<Object> plus(List<Object> base, Object... more) {
        List<Object> all = new ArrayList<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static Matcher<DomainRuleViolation> rule(String messageKey) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return messageKey.equals(violation.messageKey());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainRuleViolation " + messageKey);
            }
        };
    }
}
