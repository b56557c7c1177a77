package org.clusterhub.project.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.BaselineIndicator;
import org.clusterhub.project.api.BaselineLine;
import org.clusterhub.project.api.BaselineMilestone;
import org.clusterhub.project.api.BudgetLineAddedEvent;
import org.clusterhub.project.api.CriterionScore;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.project.api.ExpertConflictDeclaredEvent;
import org.clusterhub.project.api.ExpertPanelDrawnEvent;
import org.clusterhub.project.api.ExpertResult;
import org.clusterhub.project.api.ExpertReviewCompletedEvent;
import org.clusterhub.project.api.ExpertScoresLockedEvent;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.IndicatorAddedEvent;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.MilestoneAddedEvent;
import org.clusterhub.project.api.ParticipantAddedEvent;
import org.clusterhub.project.api.ParticipantRole;
import org.clusterhub.project.api.ProjectApprovedEvent;
import org.clusterhub.project.api.ProjectApprovedForPublicityEvent;
import org.clusterhub.project.api.ProjectBaseline;
import org.clusterhub.project.api.ProjectDocumentAttachedEvent;
import org.clusterhub.project.api.ProjectDraftedEvent;
import org.clusterhub.project.api.ProjectEnteredLibraryEvent;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectRecommendedEvent;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectSubmittedEvent;
import org.clusterhub.project.api.PublicityEndedEvent;
import org.clusterhub.project.api.ScoringCriterion;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * One project of the smart farm machinery cluster, the people around it, and its history up to each stage. Every
 * stage's history is a list of events that the next stage extends, so that a test states only what it adds.
 */
final class ProjectTestData {

    static final ProjectId ID = ProjectId.of("5b0c1f6e-4a53-4f0e-9d6b-1e2f3a4b5c6d");
    static final ClusterId CLUSTER = ClusterId.forPlanCode("smart-agricultural-machinery");
    static final ClusterId OTHER_CLUSTER = ClusterId.forPlanCode("marine-equipment");
    static final City CITY = City.WEIFANG;

    static final String LEAD = "潍柴雷沃智慧农业科技股份有限公司";
    static final String PARTNER = "山东农业大学";
    static final String OUTSIDER = "青岛海洋装备有限公司";
    static final String PERSON_IN_CHARGE = "王强";

    /** Monday 2 March 2026, 09:00 in Shanghai: every test runs at this moment unless it moves the clock. */
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static final Actor STAFF = new Actor("u-staff", "zhangmin", "张敏", Role.PROMOTION_STAFF,
            Set.of(CLUSTER.toString()), City.JINAN, "山东省农业机械科学研究院");
    static final Actor OTHER_STAFF = new Actor("u-other", "sunli", "孙丽", Role.PROMOTION_STAFF,
            Set.of(OTHER_CLUSTER.toString()), City.QINGDAO, "青岛海洋装备产业促进会");
    static final Actor SUPERVISOR = new Actor("u-sup", "liwei", "李伟", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");
    static final Actor COORDINATOR = new Actor("u-wf", "wangfang", "王芳", Role.CITY_COORDINATOR, Set.of(),
            City.WEIFANG, "潍坊市工业和信息化局");
    static final Actor QINGDAO_COORDINATOR = new Actor("u-qd", "zhaogang", "赵刚", Role.CITY_COORDINATOR, Set.of(),
            City.QINGDAO, "青岛市工业和信息化局");
    static final Actor LEAD_MEMBER = new Actor("u-lead", "chenjie", "陈杰", Role.MEMBER, Set.of(), City.WEIFANG, LEAD);
    static final Actor PARTNER_MEMBER = new Actor("u-partner", "liuyang", "刘洋", Role.MEMBER, Set.of(), City.TAIAN,
            PARTNER);
    static final Actor OUTSIDER_MEMBER = new Actor("u-out", "zhouhai", "周海", Role.MEMBER, Set.of(), City.QINGDAO,
            OUTSIDER);

    static final ExpertCandidate E1 = new ExpertCandidate("expert01", "高明", "山东大学");
    static final ExpertCandidate E2 = new ExpertCandidate("expert02", "林涛", "中国海洋大学");
    static final ExpertCandidate E3 = new ExpertCandidate("expert03", "何静", "齐鲁工业大学");
    static final ExpertCandidate E4 = new ExpertCandidate("expert04", "罗斌", "山东理工大学");
    static final ExpertCandidate E5 = new ExpertCandidate("expert05", "郑华", "青岛科技大学");
    /** Works for a participating organization: never drawn for this project. */
    static final ExpertCandidate E_PARTNER = new ExpertCandidate("expert06", "宋宇", PARTNER);
    static final ExpertCandidate E_LEAD = new ExpertCandidate("expert07", "韩雪", LEAD);

    static final List<ScoringCriterion> CRITERIA = ScoringCriterion.standard();
    static final LocalDate REVIEW_DUE = TODAY.plusDays(20);
    static final LocalDate M1_DUE = LocalDate.of(2026, 9, 30);
    static final LocalDate M2_DUE = LocalDate.of(2027, 6, 30);
    static final LocalDate PUBLICITY_END = LocalDate.of(2026, 3, 6);

    private ProjectTestData() {
    }

    static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    static Actor expert(ExpertCandidate candidate) {
        return new Actor("u-" + candidate.username(), candidate.username(), candidate.displayName(), Role.EXPERT,
                Set.of(), City.JINAN, candidate.organization());
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** A list that starts with {@code base} and goes on with {@code more}. */
    static List<Object> plus(List<Object> base, Object... more) {
        List<Object> all = new ArrayList<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** A refusal by a business rule with this message key (the key is what screens and the API translate). */
    static Matcher<DomainRuleViolation> rule(String messageKey) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return messageKey.equals(violation.messageKey());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainRuleViolation " + messageKey);
            }

            @Override
            protected void describeMismatchSafely(DomainRuleViolation violation, Description mismatch) {
                mismatch.appendText("was " + violation.messageKey());
            }
        };
    }

    // ---- events ---------------------------------------------------------------------------------------------

    static ProjectDraftedEvent draftedEvent() {
        return new ProjectDraftedEvent(ID, CLUSTER, ProjectKind.PUBLIC_SERVICE_PLATFORM, "智慧农机公共服务平台建设", LEAD,
                CITY, PERSON_IN_CHARGE, 2026, 2027);
    }

    static ParticipantAddedEvent leadAdded() {
        return new ParticipantAddedEvent(ID, LEAD, CITY, ParticipantRole.LEAD, EnumSet.allOf(ProjectSection.class));
    }

    static ParticipantAddedEvent partnerAdded() {
        return new ParticipantAddedEvent(ID, PARTNER, City.TAIAN, ParticipantRole.PARTNER,
                Set.of(ProjectSection.BUDGET, ProjectSection.MILESTONES));
    }

    static ProjectSectionRevisedEvent aims() {
        return new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "建成覆盖全省的智慧农机共享检测与培训平台");
    }

    static ProjectSectionRevisedEvent content() {
        return new ProjectSectionRevisedEvent(ID, ProjectSection.CONTENT, "检测中心、培训基地、远程运维系统三部分");
    }

    static BudgetLineAddedEvent line1() {
        return new BudgetLineAddedEvent(ID, "L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY, money("300.00"));
    }

    static BudgetLineAddedEvent line2() {
        return new BudgetLineAddedEvent(ID, "L2", "远程运维系统开发", FundingSource.ENTERPRISE_FUNDS, money("200.00"));
    }

    static BudgetLineAddedEvent line3() {
        return new BudgetLineAddedEvent(ID, "L3", "农机手培训", FundingSource.PROVINCIAL_SUBSIDY, money("50.50"));
    }

    static MilestoneAddedEvent milestone1() {
        return new MilestoneAddedEvent(ID, "M1", "检测中心建成", M1_DUE, "检测中心验收报告", LEAD);
    }

    static MilestoneAddedEvent milestone2() {
        return new MilestoneAddedEvent(ID, "M2", "培训基地运行", M2_DUE, "培训记录", PARTNER);
    }

    static IndicatorAddedEvent indicator1() {
        return new IndicatorAddedEvent(ID, "K1", "服务企业数量", "家", money("120"));
    }

    static ProjectDocumentAttachedEvent attached(String attachmentId) {
        return new ProjectDocumentAttachedEvent(ID, attachmentId, "evidence", attachmentId + ".pdf",
                "application/pdf", 2048, "a".repeat(64));
    }

    static ExpertScoresLockedEvent locked(ExpertCandidate expert, int... scores) {
        return new ExpertScoresLockedEvent(ID, expert.username(), scores(scores), null);
    }

    /** Scores in the order of {@link ScoringCriterion#standard()}. */
    static List<CriterionScore> scores(int... scores) {
        List<CriterionScore> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new CriterionScore(CRITERIA.get(i).key(), scores[i]));
        }
        return list;
    }

    // ---- histories ------------------------------------------------------------------------------------------

    static List<Object> drafted() {
        return List.of(draftedEvent(), leadAdded());
    }

    /** A draft with everything submission needs, and a partner that edits the budget and milestones. */
    static List<Object> completeDraft() {
        return plus(drafted(), partnerAdded(), aims(), content(), line1(), line2(), line3(), milestone1(),
                milestone2(), indicator1());
    }

    static List<Object> submitted() {
        return plus(completeDraft(), new ProjectSubmittedEvent(ID, CITY, TODAY.plusDays(10)));
    }

    static List<Object> recommended() {
        return plus(submitted(), new ProjectRecommendedEvent(ID, CITY, "同意推荐"));
    }

    static ExpertPanelDrawnEvent panelOf(ExpertCandidate... experts) {
        return new ExpertPanelDrawnEvent(ID, List.of(experts), List.of(), CRITERIA, REVIEW_DUE, 42L, experts.length);
    }

    /** Three experts drawn: E1, E2, E3. */
    static List<Object> inExpertReview() {
        return plus(recommended(), panelOf(E1, E2, E3));
    }

    static List<Object> allDeclared() {
        return plus(inExpertReview(), new ExpertConflictDeclaredEvent(ID, E1.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E2.username(), false, null),
                new ExpertConflictDeclaredEvent(ID, E3.username(), false, null));
    }

    static ExpertScoresLockedEvent lockedE1() {
        return locked(E1, 80, 90, 70, 60, 85);
    }

    static ExpertScoresLockedEvent lockedE2() {
        return locked(E2, 90, 85, 88, 75, 70);
    }

    static ExpertScoresLockedEvent lockedE3() {
        return locked(E3, 70, 72, 65, 80, 90);
    }

    /**
     * The three experts' weighted totals worked out by hand (weights 20/30/20/15/15): E1 7875/100, E2 8285/100,
     * E3 7410/100; the average 235.70/3 rounds to 78.57.
     */
    static ExpertReviewCompletedEvent reviewCompleted() {
        return new ExpertReviewCompletedEvent(ID, List.of(
                new ExpertResult(E1.username(), E1.displayName(), lockedE1().scores(), money("78.75"), null),
                new ExpertResult(E2.username(), E2.displayName(), lockedE2().scores(), money("82.85"), null),
                new ExpertResult(E3.username(), E3.displayName(), lockedE3().scores(), money("74.10"), null)),
                money("78.57"));
    }

    static List<Object> awaitingDecision() {
        return plus(allDeclared(), lockedE1(), lockedE2(), lockedE3(), reviewCompleted());
    }

    static List<Object> inPublicity() {
        List<Object> before = awaitingDecision();
        return plus(before, new ProjectApprovedForPublicityEvent(ID, "同意立项", before.size() - 1, TODAY,
                PUBLICITY_END));
    }

    static List<Object> publicityOver() {
        return plus(inPublicity(), new PublicityEndedEvent(ID, PUBLICITY_END, 0));
    }

    /** The plan of {@link #completeDraft()} as approved. */
    static ProjectBaseline baseline() {
        return new ProjectBaseline(LEAD, PERSON_IN_CHARGE, 2026, 2027,
                List.of(new BaselineLine("L1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY, money("300.00")),
                        new BaselineLine("L2", "远程运维系统开发", FundingSource.ENTERPRISE_FUNDS, money("200.00")),
                        new BaselineLine("L3", "农机手培训", FundingSource.PROVINCIAL_SUBSIDY, money("50.50"))),
                List.of(new BaselineMilestone("M1", "检测中心建成", M1_DUE),
                        new BaselineMilestone("M2", "培训基地运行", M2_DUE)),
                List.of(new BaselineIndicator("K1", "服务企业数量", "家", money("120"))));
    }

    /** Approved (立项), in the library for implementation, with one uploaded document "A1". */
    static List<Object> inProgress() {
        return plus(publicityOver(), new ProjectApprovedEvent(ID, baseline(), money("550.50"), money("350.50")),
                new ProjectEnteredLibraryEvent(ID, LibraryState.IMPLEMENTATION, "approval", false), attached("A1"));
    }
}
