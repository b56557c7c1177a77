package org.clusterhub.cluster.command;

import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.AssessNationallyLeadingCommand;
import org.clusterhub.cluster.api.ClusterAssessedNationallyLeadingEvent;
import org.clusterhub.cluster.api.NationallyLeadingAssessmentWithdrawnEvent;
import org.clusterhub.cluster.api.WithdrawNationallyLeadingCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ChangeClusterLevelCommand;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.ClusterLevelChangedEvent;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.ClusterRetiredEvent;
import org.clusterhub.cluster.api.CompetitionOutcome;
import org.clusterhub.cluster.api.LeadingEnterprise;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.clusterhub.cluster.api.MemberOrganizationRemovedEvent;
import org.clusterhub.cluster.api.NationalCompetitionApplicationRecordedEvent;
import org.clusterhub.cluster.api.NationalCompetitionResultRecordedEvent;
import org.clusterhub.cluster.api.OrganizationId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.PromotionOrganizationReplacedEvent;
import org.clusterhub.cluster.api.RecordNationalCompetitionApplicationCommand;
import org.clusterhub.cluster.api.RecordNationalCompetitionResultCommand;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.cluster.api.RemoveMemberOrganizationCommand;
import org.clusterhub.cluster.api.ReplacePromotionOrganizationCommand;
import org.clusterhub.cluster.api.RetireClusterCommand;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterTest {

    private static final ClusterId ID = ClusterId.forPlanCode("smart-agricultural-machinery");
    private static final PromotionOrganization INSTITUTE = new PromotionOrganization("山东省农业机械科学研究院",
            "Shandong Academy of Agricultural Machinery Sciences");
    private static final String CODE = "91370700MA3C8XY02D";
    private static final OrganizationId ORG = OrganizationId.forCreditCode(CODE);

    private FixtureConfiguration<Cluster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cluster.class);
    }

    private static ClusterRegisteredEvent registered(ClusterLevel level) {
        return new ClusterRegisteredEvent(ID, 6, "smart-agricultural-machinery", "智慧农机装备产业集群",
                "Smart Agricultural Machinery Equipment Industry Cluster", level, INSTITUTE, List.of(City.WEIFANG),
                List.of(City.RIZHAO, City.LINYI), List.of(), List.of(new LeadingEnterprise("潍柴雷沃重工", City.WEIFANG)),
                List.of(), List.of("智能型大马力拖拉机"), List.of("Smart high-horsepower tractors"));
    }

    private static MemberOrganizationAddedEvent memberAdded() {
        return new MemberOrganizationAddedEvent(ID, ORG, "潍柴雷沃智慧农业科技股份有限公司", OrganizationKind.ENTERPRISE,
                City.WEIFANG, ChainPosition.CHAIN_LEADER, CODE);
    }

    @Test
    void registersAClusterFromThePlan() {
        ClusterRegisteredEvent expected = registered(ClusterLevel.PROVINCIAL);
        fixture.givenNoPriorActivity()
                .when(new RegisterClusterCommand(ID, 6, expected.code(), " 智慧农机装备产业集群 ", expected.nameEn(),
                        ClusterLevel.PROVINCIAL, INSTITUTE, expected.centerCities(), expected.keyCities(),
                        expected.radiatedCities(), expected.leadingEnterprises(), expected.supportingPlatforms(),
                        expected.focusAreas(), expected.focusAreasEn()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(expected);
    }

    @Test
    void changesLevelWithReason() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new ChangeClusterLevelCommand(ID, ClusterLevel.NATIONAL, "国家级竞赛胜出", null))
                .expectEvents(new ClusterLevelChangedEvent(ID, ClusterLevel.PROVINCIAL, ClusterLevel.NATIONAL,
                        "国家级竞赛胜出"));
    }

    @Test
    void refusesALevelChangeThatChangesNothing() {
        fixture.given(registered(ClusterLevel.NATIONAL))
                .when(new ChangeClusterLevelCommand(ID, ClusterLevel.NATIONAL, "无变化", null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void replacesThePromotionOrganization() {
        PromotionOrganization association = new PromotionOrganization("山东省农机工业协会", null);
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new ReplacePromotionOrganizationCommand(ID, association, "年度评估", null))
                .expectEvents(new PromotionOrganizationReplacedEvent(ID, INSTITUTE, association, "年度评估"));
    }

    @Test
    void refusesReplacingThePromotionOrganizationByItself() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new ReplacePromotionOrganizationCommand(ID, INSTITUTE, "重复", null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void winningTheNationalCompetitionMakesAProvincialClusterNational() {
        fixture.given(registered(ClusterLevel.PROVINCIAL),
                        new NationalCompetitionApplicationRecordedEvent(ID, 2024, "联合潍坊、日照申报"))
                .when(new RecordNationalCompetitionResultCommand(ID, CompetitionOutcome.WON, "决赛胜出", null))
                .expectEvents(new NationalCompetitionResultRecordedEvent(ID, 2024, CompetitionOutcome.WON, "决赛胜出"),
                        new ClusterLevelChangedEvent(ID, ClusterLevel.PROVINCIAL, ClusterLevel.NATIONAL,
                                "national-competition:2024"));
    }

    @Test
    void notBeingSelectedKeepsTheLevel() {
        fixture.given(registered(ClusterLevel.PROVINCIAL),
                        new NationalCompetitionApplicationRecordedEvent(ID, 2024, "申报"))
                .when(new RecordNationalCompetitionResultCommand(ID, CompetitionOutcome.NOT_SELECTED, null, null))
                .expectEvents(new NationalCompetitionResultRecordedEvent(ID, 2024, CompetitionOutcome.NOT_SELECTED,
                        null));
    }

    @Test
    void refusesAResultWithoutApplicationAndASecondPendingApplication() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new RecordNationalCompetitionResultCommand(ID, CompetitionOutcome.WON, null, null))
                .expectException(DomainRuleViolation.class);
        fixture.given(registered(ClusterLevel.PROVINCIAL), new NationalCompetitionApplicationRecordedEvent(ID, 2024, "申报"))
                .when(new RecordNationalCompetitionApplicationCommand(ID, 2025, "再次申报", null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void addsAndRemovesMemberOrganizations() {
        fixture.givenNoPriorActivity();
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new AddMemberOrganizationCommand(ID, "潍柴雷沃智慧农业科技股份有限公司", OrganizationKind.ENTERPRISE,
                        City.WEIFANG, ChainPosition.CHAIN_LEADER, CODE, null))
                .expectEvents(memberAdded());
        fixture.given(registered(ClusterLevel.PROVINCIAL), memberAdded())
                .when(new RemoveMemberOrganizationCommand(ID, ORG, City.WEIFANG, "合并", null))
                .expectEvents(new MemberOrganizationRemovedEvent(ID, ORG, "潍柴雷沃智慧农业科技股份有限公司",
                        City.WEIFANG, "合并"));
    }

    @Test
    void refusesADuplicateMember() {
        fixture.given(registered(ClusterLevel.PROVINCIAL), memberAdded())
                .when(new AddMemberOrganizationCommand(ID, "同一单位", OrganizationKind.ENTERPRISE, City.WEIFANG,
                        ChainPosition.SUPPLIER, CODE, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void refusesARemovalDeclaredForAnotherCity() {
        // A coordinator of Qingdao was authorized for Qingdao; the member is in Weifang.
        fixture.given(registered(ClusterLevel.PROVINCIAL), memberAdded())
                .when(new RemoveMemberOrganizationCommand(ID, ORG, City.QINGDAO, null, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void refusesRemovingANonMember() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new RemoveMemberOrganizationCommand(ID, ORG, City.WEIFANG, null, null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aRetiredClusterStaysInHistoryButRefusesChanges() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new RetireClusterCommand(ID, "动态调整：并入其他集群", null))
                .expectEvents(new ClusterRetiredEvent(ID, "动态调整：并入其他集群"));
        fixture.given(registered(ClusterLevel.PROVINCIAL), new ClusterRetiredEvent(ID, "退出"))
                .when(new AddMemberOrganizationCommand(ID, "某企业", OrganizationKind.ENTERPRISE, City.WEIFANG,
                        ChainPosition.SUPPLIER, CODE, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void assessesAProvincialClusterAsNationallyLeadingWithReason() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new AssessNationallyLeadingCommand(ID, " 2024年省级评估：技术与规模国内领先 ", null))
                .expectEvents(new ClusterAssessedNationallyLeadingEvent(ID, "2024年省级评估：技术与规模国内领先"));
    }

    @Test
    void refusesToAssessANationalClusterAsNationallyLeading() {
        fixture.given(registered(ClusterLevel.NATIONAL))
                .when(new AssessNationallyLeadingCommand(ID, "评估", null))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(startsWith("cluster.error.leadingNotProvincial"));
    }

    @Test
    void refusesToAssessTwice() {
        fixture.given(registered(ClusterLevel.PROVINCIAL), new ClusterAssessedNationallyLeadingEvent(ID, "评估"))
                .when(new AssessNationallyLeadingCommand(ID, "再次评估", null))
                .expectNoEvents()
                .expectExceptionMessage(startsWith("cluster.error.alreadyLeading"));
    }

    @Test
    void withdrawsAStandingAssessmentAndMayAssessAgain() {
        fixture.given(registered(ClusterLevel.PROVINCIAL), new ClusterAssessedNationallyLeadingEvent(ID, "评估"))
                .when(new WithdrawNationallyLeadingCommand(ID, "复核未通过", null))
                .expectEvents(new NationallyLeadingAssessmentWithdrawnEvent(ID, "复核未通过"));
        fixture.given(registered(ClusterLevel.PROVINCIAL), new ClusterAssessedNationallyLeadingEvent(ID, "评估"),
                        new NationallyLeadingAssessmentWithdrawnEvent(ID, "复核未通过"))
                .when(new AssessNationallyLeadingCommand(ID, "重新评估", null))
                .expectEvents(new ClusterAssessedNationallyLeadingEvent(ID, "重新评估"));
    }

    @Test
    void refusesToWithdrawWithoutAnAssessmentOrOnARetiredCluster() {
        fixture.given(registered(ClusterLevel.PROVINCIAL))
                .when(new WithdrawNationallyLeadingCommand(ID, "撤销", null))
                .expectNoEvents()
                .expectExceptionMessage(startsWith("cluster.error.notLeading"));
        fixture.given(registered(ClusterLevel.PROVINCIAL), new ClusterAssessedNationallyLeadingEvent(ID, "评估"),
                        new ClusterRetiredEvent(ID, "退出"))
                .when(new WithdrawNationallyLeadingCommand(ID, "撤销", null))
                .expectNoEvents()
                .expectExceptionMessage(startsWith("cluster.error.retired"));
    }
}
