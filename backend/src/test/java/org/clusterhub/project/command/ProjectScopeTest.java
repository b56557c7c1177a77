package org.clusterhub.project.command;

import static org.clusterhub.project.command.ProjectTestData.*;

import java.util.List;
import java.util.Set;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.AddParticipantCommand;
import org.clusterhub.project.api.AnswerObjectionCommand;
import org.clusterhub.project.api.AttachProjectDocumentCommand;
import org.clusterhub.project.api.BudgetLineAddedEvent;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ChangeProposal;
import org.clusterhub.project.api.ChangeRequestedEvent;
import org.clusterhub.project.api.DeclareConflictOfInterestCommand;
import org.clusterhub.project.api.EvaluationGrade;
import org.clusterhub.project.api.ExpenditureRecordedEvent;
import org.clusterhub.project.api.ExpertConflictDeclaredEvent;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.LockExpertScoresCommand;
import org.clusterhub.project.api.MidtermEvaluationStartedEvent;
import org.clusterhub.project.api.MilestoneAddedEvent;
import org.clusterhub.project.api.MilestoneProgressReportedEvent;
import org.clusterhub.project.api.ObjectionAnsweredEvent;
import org.clusterhub.project.api.ObjectionRaisedEvent;
import org.clusterhub.project.api.ProjectDocumentAttachedEvent;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectRecommendedEvent;
import org.clusterhub.project.api.ProjectReturnedEvent;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectWithdrawnEvent;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.RecordExpenditureCommand;
import org.clusterhub.project.api.ReportMilestoneProgressCommand;
import org.clusterhub.project.api.RequestAcceptanceCommand;
import org.clusterhub.project.api.RequestChangeCommand;
import org.clusterhub.project.api.ReturnProjectCommand;
import org.clusterhub.project.api.ReviewStage;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseProjectOverviewCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.SectionsAssignedEvent;
import org.clusterhub.project.api.SelfEvaluationStage;
import org.clusterhub.project.api.SelfEvaluationSubmittedEvent;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.project.api.SubmitSelfEvaluationCommand;
import org.clusterhub.project.api.WithdrawProjectCommand;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;

/**
 * Who may act on a project (ADR 005). The role is the interceptor's check; here the aggregate decides scope from its
 * own state: the cluster, the center city, the participants and their sections, the expert panel, milestone owners.
 * Every command carries its sender as metadata; without metadata the sender is {@code SYSTEM}.
 */
class ProjectScopeTest extends ProjectFixtureTest {

    private static final long DRAFT_VERSION = completeDraft().size() - 1;

    private static AddBudgetLineCommand addLine() {
        return new AddBudgetLineCommand(ID, "L4", "试验用地租赁", FundingSource.OWN_FUNDS, money("20"));
    }

    private static BudgetLineAddedEvent lineAdded() {
        return new BudgetLineAddedEvent(ID, "L4", "试验用地租赁", FundingSource.OWN_FUNDS, money("20.00"));
    }

    @Test
    void theActorComesFromTheCommandsMetadata() {
        // The same command passes as SYSTEM (no metadata) and is refused with the metadata of another cluster's
        // staff: the fixture resolved the Actor parameter from the metadata, not a default.
        given(completeDraft())
                .when(addLine())
                .expectEvents(lineAdded());
        given(completeDraft())
                .when(addLine(), as(OTHER_STAFF))
                .expectException(AccessRefused.class)
                .expectNoEvents();
    }

    @Test
    void staffOfAnotherClusterMayNotTouchTheProject() {
        for (Object command : List.of(addLine(),
                new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "改写", DRAFT_VERSION),
                new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_ENTITY, "改写标题", "李娜", 2026, 2027,
                        DRAFT_VERSION),
                new AddParticipantCommand(ID, OUTSIDER, City.QINGDAO, Set.of()),
                new SubmitProjectCommand(ID, DRAFT_VERSION),
                new WithdrawProjectCommand(ID, "撤回"))) {
            given(completeDraft())
                    .when(command, as(OTHER_STAFF))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    @Test
    void staffOfTheClusterEditEverySection() {
        given(completeDraft())
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "新目标", DRAFT_VERSION), as(STAFF))
                .expectEvents(new ProjectSectionRevisedEvent(ID, ProjectSection.AIMS, "新目标"));
        given(completeDraft())
                .when(addLine(), as(STAFF))
                .expectEvents(lineAdded());
    }

    @Test
    void aPartnersMemberEditsOnlyTheSectionsGivenToIt() {
        // The partner was given BUDGET and MILESTONES.
        given(completeDraft())
                .when(addLine(), as(PARTNER_MEMBER))
                .expectEvents(lineAdded());
        given(completeDraft())
                .when(new ReviseBudgetLineCommand(ID, "L2", "远程运维系统", FundingSource.ENTERPRISE_FUNDS,
                        money("180"), DRAFT_VERSION), as(PARTNER_MEMBER))
                .expectEvents(new BudgetLineRevisedEvent(ID, "L2", "远程运维系统", FundingSource.ENTERPRISE_FUNDS,
                        money("180.00")));
        given(completeDraft())
                .when(new AddMilestoneCommand(ID, "M3", "中试", M1_DUE, "中试报告", PARTNER), as(PARTNER_MEMBER))
                .expectEvents(new MilestoneAddedEvent(ID, "M3", "中试", M1_DUE, "中试报告", PARTNER));
        given(completeDraft())
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.AIMS, "改写目标", DRAFT_VERSION),
                        as(PARTNER_MEMBER))
                .expectException(AccessRefused.class)
                .expectNoEvents();
        given(completeDraft())
                .when(new AddIndicatorCommand(ID, "K2", "培训人次", "人次", money("500")), as(PARTNER_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void onlyStaffChangeTheOverviewAndTheParticipants() {
        given(completeDraft())
                .when(new ReviseProjectOverviewCommand(ID, ProjectKind.PUBLIC_ENTITY, "改写标题", "李娜", 2026, 2027,
                        DRAFT_VERSION), as(LEAD_MEMBER))
                .expectException(AccessRefused.class);
        given(completeDraft())
                .when(new AddParticipantCommand(ID, OUTSIDER, City.QINGDAO, Set.of()), as(LEAD_MEMBER))
                .expectException(AccessRefused.class);
        given(completeDraft())
                .when(new SubmitProjectCommand(ID, DRAFT_VERSION), as(LEAD_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void sectionsTakenAwayCannotBeEditedAnyMore() {
        given(plus(completeDraft(), new SectionsAssignedEvent(ID, PARTNER, Set.of(ProjectSection.INDICATORS))))
                .when(addLine(), as(PARTNER_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void theLeadOrganizationsMembersEditEverySection() {
        given(completeDraft())
                .when(new ReviseProjectSectionCommand(ID, ProjectSection.CONTENT, "内容", DRAFT_VERSION),
                        as(LEAD_MEMBER))
                .expectEvents(new ProjectSectionRevisedEvent(ID, ProjectSection.CONTENT, "内容"));
    }

    @Test
    void aMemberOfANonParticipantIsRefused() {
        given(completeDraft())
                .when(addLine(), as(OUTSIDER_MEMBER))
                .expectException(AccessRefused.class)
                .expectNoEvents();
        given(completeDraft())
                .when(new AttachProjectDocumentCommand(ID, "A9", "form", "申报书.pdf", "application/pdf", 100,
                        "c".repeat(64)), as(OUTSIDER_MEMBER))
                .expectException(AccessRefused.class);
    }

    @Test
    void participantsMembersAttachDocuments() {
        given(completeDraft())
                .when(new AttachProjectDocumentCommand(ID, "A9", "form", "申报书.pdf", "application/pdf", 100,
                        "c".repeat(64)), as(PARTNER_MEMBER))
                .expectEvents(new ProjectDocumentAttachedEvent(ID, "A9", "form", "申报书.pdf", "application/pdf", 100,
                        "c".repeat(64)));
    }

    // ---- review ---------------------------------------------------------------------------------------------

    @Test
    void onlyTheCenterCitysCoordinatorRecommendsOrReturns() {
        given(submitted())
                .when(new RecommendProjectCommand(ID, "同意"), as(COORDINATOR))
                .expectEvents(new ProjectRecommendedEvent(ID, CITY, "同意"));
        given(submitted())
                .when(new ReturnProjectCommand(ID, "补充材料"), as(COORDINATOR))
                .expectEvents(new ProjectReturnedEvent(ID, ReviewStage.CITY_REVIEW, "补充材料"));
        for (Actor other : List.of(QINGDAO_COORDINATOR, STAFF, SUPERVISOR)) {
            given(submitted())
                    .when(new RecommendProjectCommand(ID, "同意"), as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
        given(submitted())
                .when(new ReturnProjectCommand(ID, "补充材料"), as(QINGDAO_COORDINATOR))
                .expectException(AccessRefused.class)
                .expectNoEvents();
    }

    @Test
    void atTheProvincialDecisionOnlyASupervisorReturns() {
        given(awaitingDecision())
                .when(new ReturnProjectCommand(ID, "预算需压缩"), as(COORDINATOR))
                .expectException(AccessRefused.class);
        given(awaitingDecision())
                .when(new ReturnProjectCommand(ID, "预算需压缩"), as(SUPERVISOR))
                .expectEvents(new ProjectReturnedEvent(ID, ReviewStage.PROVINCIAL_DECISION, "预算需压缩"));
    }

    @Test
    void onlyDrawnExpertsDeclareAndScore() {
        given(inExpertReview())
                .when(new DeclareConflictOfInterestCommand(ID, false, null), as(expert(E1)))
                .expectEvents(new ExpertConflictDeclaredEvent(ID, E1.username(), false, null));
        for (Actor other : List.of(expert(E4), SUPERVISOR, STAFF, Actor.SYSTEM)) {
            given(inExpertReview())
                    .when(new DeclareConflictOfInterestCommand(ID, false, null), as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
            given(allDeclared())
                    .when(new LockExpertScoresCommand(ID, scores(80, 80, 80, 80, 80), null), as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    // ---- implementation -------------------------------------------------------------------------------------

    @Test
    void onlyTheMilestonesOwnerOrStaffReportItsProgress() {
        // M1 belongs to the lead organization, M2 to the partner.
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M2", 30, "基地选址完成", List.of("A1")),
                        as(PARTNER_MEMBER))
                .expectEvents(new MilestoneProgressReportedEvent(ID, "M2", 30, "基地选址完成", List.of("A1"), false));
        given(inProgress())
                .when(new ReportMilestoneProgressCommand(ID, "M2", 30, "代为填报", List.of()), as(STAFF))
                .expectEvents(new MilestoneProgressReportedEvent(ID, "M2", 30, "代为填报", List.of(), false));
        for (Actor other : List.of(LEAD_MEMBER, OUTSIDER_MEMBER, OTHER_STAFF)) {
            given(inProgress())
                    .when(new ReportMilestoneProgressCommand(ID, "M2", 30, "越权填报", List.of()), as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    @Test
    void onlyTheLeadSideRecordsExpenditure() {
        for (Actor allowed : List.of(LEAD_MEMBER, STAFF)) {
            given(inProgress())
                    .when(new RecordExpenditureCommand(ID, "L2", money("10"), "首笔支出"), as(allowed))
                    .expectEvents(new ExpenditureRecordedEvent(ID, "L2", money("10.00"), "首笔支出", money("10.00")));
        }
        for (Actor other : List.of(PARTNER_MEMBER, OUTSIDER_MEMBER, OTHER_STAFF)) {
            given(inProgress())
                    .when(new RecordExpenditureCommand(ID, "L2", money("10"), "首笔支出"), as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    @Test
    void onlyTheLeadSideRequestsChanges() {
        ChangeProposal proposal = new ChangeProposal(null, "李娜", null, null, null, null);
        given(inProgress())
                .when(new RequestChangeCommand(ID, "C1", ChangeKind.PERSON_IN_CHARGE, "负责人调动", proposal),
                        as(LEAD_MEMBER))
                .expectEvents(new ChangeRequestedEvent(ID, "C1", ChangeKind.PERSON_IN_CHARGE, "负责人调动", proposal));
        for (Actor other : List.of(PARTNER_MEMBER, OUTSIDER_MEMBER, OTHER_STAFF)) {
            given(inProgress())
                    .when(new RequestChangeCommand(ID, "C1", ChangeKind.PERSON_IN_CHARGE, "负责人调动", proposal),
                            as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    @Test
    void onlyTheLeadSideSubmitsTheSelfEvaluation() {
        List<Object> midterm = plus(inProgress(), new MidtermEvaluationStartedEvent(ID, TODAY.plusDays(30)));
        SubmitSelfEvaluationCommand selfEvaluation = new SubmitSelfEvaluationCommand(ID, SelfEvaluationStage.MIDTERM,
                EvaluationGrade.GOOD, "检测中心已建成并投入试运行");
        given(midterm)
                .when(selfEvaluation, as(LEAD_MEMBER))
                .expectEvents(new SelfEvaluationSubmittedEvent(ID, SelfEvaluationStage.MIDTERM, EvaluationGrade.GOOD,
                        "检测中心已建成并投入试运行"));
        for (Actor other : List.of(PARTNER_MEMBER, OTHER_STAFF)) {
            given(midterm)
                    .when(selfEvaluation, as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    @Test
    void onlyStaffOfTheClusterRequestAcceptance() {
        given(inProgress())
                .when(new RequestAcceptanceCommand(ID, "全部建设内容已完成"), as(LEAD_MEMBER))
                .expectException(AccessRefused.class);
        given(inProgress())
                .when(new RequestAcceptanceCommand(ID, "全部建设内容已完成"), as(OTHER_STAFF))
                .expectException(AccessRefused.class);
    }

    @Test
    void objectionsAreAnsweredByTheClustersStaffOrASupervisor() {
        List<Object> objected = plus(inPublicity(), new ObjectionRaisedEvent(ID, "O1", "赵磊", "潍坊某农机合作社",
                "预算中检测设备价格明显偏高", inPublicity().size() - 2));
        for (Actor allowed : List.of(STAFF, SUPERVISOR)) {
            given(objected)
                    .when(new AnswerObjectionCommand(ID, "O1", "设备价格经三家询价确定"), as(allowed))
                    .expectEvents(new ObjectionAnsweredEvent(ID, "O1", "设备价格经三家询价确定"));
        }
        for (Actor other : List.of(OTHER_STAFF, COORDINATOR, LEAD_MEMBER)) {
            given(objected)
                    .when(new AnswerObjectionCommand(ID, "O1", "设备价格经三家询价确定"), as(other))
                    .expectException(AccessRefused.class)
                    .expectNoEvents();
        }
    }

    @Test
    void staffOfTheClusterWithdrawTheirProject() {
        given(submitted())
                .when(new WithdrawProjectCommand(ID, "改年度申报"), as(STAFF))
                .expectEvents(new ProjectWithdrawnEvent(ID, ProjectStatus.SUBMITTED, "改年度申报"));
        given(submitted())
                .when(new WithdrawProjectCommand(ID, "改年度申报"), as(LEAD_MEMBER))
                .expectException(AccessRefused.class);
    }
}
