package org.clusterhub.subsidy.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.clusterhub.subsidy.api.*;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A funding programme's money: the budget invariant on grant and revision, withdrawal that keeps what was paid,
 * tranches that become payable (on grant, by the project's events, by a supervisor) and are paid once, closing; with
 * every refusal. Amounts are 万元.
 */
class FundingProgrammeTest {

    static final FundingProgrammeId PROGRAMME = FundingProgrammeId.forSeedCode("test-2026");
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final ProjectId PROJECT = new ProjectId(java.util.UUID.nameUUIDFromBytes("p-1".getBytes()));
    static final ProjectId RESERVE_LESS = new ProjectId(java.util.UUID.nameUUIDFromBytes("p-2".getBytes()));
    static final GrantId G1 = GrantId.forSeedCode("g1");
    static final GrantId G2 = GrantId.forSeedCode("g2");
    static final GrantId G3 = GrantId.forSeedCode("g3");
    static final String RAIL_ORG = "青岛市轨道交通装备产业协会";
    static final String LEAD = "中车青岛四方机车车辆股份有限公司";

    private final Directory directory = new Directory();
    private FixtureConfiguration<FundingProgramme> fixture;

    /** The facts the supervision context learned from the project and cluster contexts. */
    static final class Directory implements SubsidyDirectory {
        final Map<ProjectId, SubsidyProject> projects = new HashMap<>();
        final Map<ClusterId, SubsidyCluster> clusters = new HashMap<>();

        @Override
        public Optional<SubsidyProject> project(ProjectId projectId) {
            return Optional.ofNullable(projects.get(projectId));
        }

        @Override
        public Optional<SubsidyCluster> cluster(ClusterId clusterId) {
            return Optional.ofNullable(clusters.get(clusterId));
        }
    }

    @BeforeEach
    void knownProjectsAndClusters() {
        directory.projects.put(PROJECT, new SubsidyProject(PROJECT, "轨道交通装备关键零部件国产化配套协作", RAIL,
                City.QINGDAO, LEAD, LibraryState.IMPLEMENTATION, false, false,
                List.of(new SubsidyMilestone("m1", "首批零部件装车验证", false))));
        directory.projects.put(RESERVE_LESS, new SubsidyProject(RESERVE_LESS, "未入库项目", RAIL, City.QINGDAO, LEAD,
                null, false, false, List.of()));
        directory.clusters.put(RAIL, new SubsidyCluster(RAIL, "青岛轨道交通装备产业集群", "Qingdao rail", RAIL_ORG,
                City.QINGDAO));
        fixture = fresh();
    }

    private FixtureConfiguration<FundingProgramme> fresh() {
        FixtureConfiguration<FundingProgramme> configuration = new AggregateTestFixture<>(FundingProgramme.class);
        configuration.registerInjectableResource(directory);
        return configuration;
    }

    /** A fresh fixture per given: a test may try several commands against the same history. */
    private TestExecutor<FundingProgramme> given(Object... events) {
        fixture = fresh();
        return fixture.given(List.of(events));
    }

    private TestExecutor<FundingProgramme> given(List<Object> events) {
        return given(events.toArray());
    }

    private static void expectRule(TestExecutor<FundingProgramme> executor, Object command, String key) {
        executor.when(command).expectException(DomainRuleViolation.class)
                .expectExceptionMessage(Matchers.startsWith(key)).expectNoEvents();
    }

    static BigDecimal wan(String amount) {
        return new BigDecimal(amount);
    }

    static FundingProgrammeDefinedEvent defined(ProgrammeKind kind, String budget) {
        return new FundingProgrammeDefinedEvent(PROGRAMME, 2026, kind, "2026年先进制造业集群奖补", null, wan(budget));
    }

    static FundingProgrammeDefinedEvent defined() {
        return defined(ProgrammeKind.OTHER, "1000.00");
    }

    static TranchePlan onGrant(String amount) {
        return new TranchePlan(wan(amount), TrancheCondition.ON_GRANT, null, null);
    }

    static TranchePlan confirmed(String amount, String note) {
        return new TranchePlan(wan(amount), TrancheCondition.SUPERVISOR_CONFIRMATION, null, note);
    }

    static AwardGrantCommand toRail(GrantId grantId, String amount, TranchePlan... tranches) {
        return new AwardGrantCommand(PROGRAMME, grantId, RecipientKind.ORGANIZATION, null, null, RAIL, null,
                wan(amount), "国家级集群竞赛胜出奖励", List.of(tranches));
    }

    static GrantAwardedEvent railAwarded(GrantId grantId, String amount, String committed, Tranche... tranches) {
        return new GrantAwardedEvent(PROGRAMME, 2026, grantId, RecipientKind.ORGANIZATION, null, null, RAIL_ORG, RAIL,
                City.QINGDAO, wan(amount), "国家级集群竞赛胜出奖励", List.of(tranches), wan(committed));
    }

    static Tranche tranche(int number, String amount, TrancheCondition condition) {
        return new Tranche(number, wan(amount), condition, null, null, null);
    }

    static TrancheBecamePayableEvent payable(GrantId grantId, int number, String amount, TrancheCondition condition,
                                             String evidence) {
        return new TrancheBecamePayableEvent(PROGRAMME, 2026, grantId, number, wan(amount), condition, evidence, null,
                RAIL_ORG, RAIL, City.QINGDAO);
    }

    static TranchePaidEvent railPaid(GrantId grantId, int number, String amount, String voucher, String grantPaid,
                                     String programmePaid) {
        return new TranchePaidEvent(PROGRAMME, 2026, grantId, number, wan(amount), LocalDate.of(2026, 3, 2), voucher,
                null, RecipientKind.ORGANIZATION, null, RAIL_ORG, RAIL, City.QINGDAO, wan(grantPaid),
                wan(programmePaid));
    }

    static RecordTranchePaymentCommand pay(GrantId grantId, int tranche, String voucher) {
        return new RecordTranchePaymentCommand(PROGRAMME, grantId, tranche, LocalDate.of(2026, 3, 2), voucher, "  ");
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Nested
    class Defining {

        @Test
        void aProgrammeHasAYearAKindAndABudgetInWanWithTwoDecimals() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingProgrammeCommand(PROGRAMME, 2026, ProgrammeKind.PROJECT_SUBSIDY,
                            "  2026年项目库项目补助 ", " ", wan("5000")))
                    .expectEvents(new FundingProgrammeDefinedEvent(PROGRAMME, 2026, ProgrammeKind.PROJECT_SUBSIDY,
                            "2026年项目库项目补助", null, wan("5000.00")));
        }

        @Test
        void theBudgetIsRaisedOrCutButNeverBelowWhatIsCommitted() {
            TestExecutor<FundingProgramme> withGrant = given(defined(),
                    railAwarded(G1, "600.00", "600.00", tranche(1, "600.00", TrancheCondition.ON_GRANT)));
            expectRule(withGrant, new ReviseProgrammeBudgetCommand(PROGRAMME, wan("599.99"), "压减预算"),
                    "subsidy.error.budgetBelowCommitted");
            given(defined(), railAwarded(G1, "600.00", "600.00", tranche(1, "600.00", TrancheCondition.ON_GRANT)))
                    .when(new ReviseProgrammeBudgetCommand(PROGRAMME, wan("600"), "压减预算"))
                    .expectEvents(new ProgrammeBudgetRevisedEvent(PROGRAMME, 2026, wan("1000.00"), wan("600.00"),
                            wan("600.00"), "压减预算"));
        }
    }

    @Nested
    class TheBudgetInvariant {

        @Test
        void aGrantWithinTheBudgetIsCommittedAndItsOnGrantTrancheIsPayableAtOnce() {
            given(defined())
                    .when(toRail(G1, "300", onGrant("100"), confirmed("200", "年度考核合格后拨付")))
                    .expectEvents(
                            railAwarded(G1, "300.00", "300.00", tranche(1, "100.00", TrancheCondition.ON_GRANT),
                                    new Tranche(2, wan("200.00"), TrancheCondition.SUPERVISOR_CONFIRMATION, null,
                                            null, "年度考核合格后拨付")),
                            payable(G1, 1, "100.00", TrancheCondition.ON_GRANT, null));
        }

        @Test
        void aGrantUpToExactlyTheRemainingBudgetIsAccepted() {
            given(defined(), railAwarded(G1, "700.00", "700.00", tranche(1, "700.00", TrancheCondition.ON_GRANT)))
                    .when(toRail(G2, "300.00", onGrant("300.00")))
                    .expectEvents(railAwarded(G2, "300.00", "1000.00", tranche(1, "300.00", TrancheCondition.ON_GRANT)),
                            payable(G2, 1, "300.00", TrancheCondition.ON_GRANT, null));
        }

        @Test
        void aGrantBeyondTheRemainingBudgetIsRefusedAndNothingIsStored() {
            expectRule(given(defined(), railAwarded(G1, "700.00", "700.00",
                    tranche(1, "700.00", TrancheCondition.ON_GRANT))), toRail(G2, "300.01", onGrant("300.01")),
                    "subsidy.error.overBudget");
        }

        @Test
        void withdrawingReleasesWhatWasNotPaidAndKeepsWhatWasPaid() {
            given(defined(),
                    railAwarded(G1, "800.00", "800.00", tranche(1, "300.00", TrancheCondition.ON_GRANT),
                            tranche(2, "500.00", TrancheCondition.SUPERVISOR_CONFIRMATION)),
                    payable(G1, 1, "300.00", TrancheCondition.ON_GRANT, null),
                    railPaid(G1, 1, "300.00", "鲁财拨〔2026〕1号", "300.00", "300.00"))
                    .when(new WithdrawGrantCommand(PROGRAMME, G1, "集群年度评价不合格"))
                    .expectEvents(new GrantWithdrawnEvent(PROGRAMME, 2026, G1, null, RAIL_ORG, RAIL, City.QINGDAO,
                            wan("800.00"), wan("300.00"), wan("500.00"), "集群年度评价不合格", wan("300.00")));
        }

        @Test
        void releasedMoneyCanBeGrantedAgainButPaidMoneyCannot() {
            List<Object> history = List.of(defined(),
                    railAwarded(G1, "800.00", "800.00", tranche(1, "300.00", TrancheCondition.ON_GRANT),
                            tranche(2, "500.00", TrancheCondition.SUPERVISOR_CONFIRMATION)),
                    payable(G1, 1, "300.00", TrancheCondition.ON_GRANT, null),
                    railPaid(G1, 1, "300.00", "V1", "300.00", "300.00"),
                    new GrantWithdrawnEvent(PROGRAMME, 2026, G1, null, RAIL_ORG, RAIL, City.QINGDAO, wan("800.00"),
                            wan("300.00"), wan("500.00"), "撤销", wan("300.00")));
            expectRule(given(history), toRail(G2, "700.01", onGrant("700.01")), "subsidy.error.overBudget");
            given(history).when(toRail(G2, "700.00", onGrant("700.00"))).expectSuccessfulHandlerExecution();
        }

        @Test
        void aRevisionIsCheckedAgainstTheBudgetWithoutCountingTheGrantTwice() {
            TestExecutor<FundingProgramme> withTwo = given(defined(),
                    railAwarded(G1, "400.00", "400.00", tranche(1, "400.00", TrancheCondition.SUPERVISOR_CONFIRMATION)),
                    railAwarded(G2, "500.00", "900.00", tranche(1, "500.00", TrancheCondition.SUPERVISOR_CONFIRMATION)));
            expectRule(withTwo, new ReviseGrantCommand(PROGRAMME, G1, wan("500.01"),
                    List.of(confirmed("500.01", "验收后")), "追加"), "subsidy.error.overBudget");
            given(defined(),
                    railAwarded(G1, "400.00", "400.00", tranche(1, "400.00", TrancheCondition.SUPERVISOR_CONFIRMATION)),
                    railAwarded(G2, "500.00", "900.00", tranche(1, "500.00", TrancheCondition.SUPERVISOR_CONFIRMATION)))
                    .when(new ReviseGrantCommand(PROGRAMME, G1, wan("500"), List.of(onGrant("200"),
                            confirmed("300", "验收后")), "追加"))
                    .expectEvents(new GrantRevisedEvent(PROGRAMME, 2026, G1, null, RAIL_ORG, RAIL, City.QINGDAO,
                                    wan("400.00"), wan("500.00"), List.of(tranche(2, "200.00", TrancheCondition.ON_GRANT),
                                    new Tranche(3, wan("300.00"), TrancheCondition.SUPERVISOR_CONFIRMATION, null,
                                            null, "验收后")), "追加", wan("1000.00")),
                            payable(G1, 2, "200.00", TrancheCondition.ON_GRANT, null));
        }

        @Test
        void aRevisionNeverGoesBelowWhatWasPaidAndKeepsThePaidTranches() {
            List<Object> history = List.of(defined(),
                    railAwarded(G1, "500.00", "500.00", tranche(1, "200.00", TrancheCondition.ON_GRANT),
                            tranche(2, "300.00", TrancheCondition.SUPERVISOR_CONFIRMATION)),
                    payable(G1, 1, "200.00", TrancheCondition.ON_GRANT, null),
                    railPaid(G1, 1, "200.00", "V1", "200.00", "200.00"));
            expectRule(given(history), new ReviseGrantCommand(PROGRAMME, G1, wan("199.99"), List.of(), "压减"),
                    "subsidy.error.belowPaid");
            expectRule(given(history), new ReviseGrantCommand(PROGRAMME, G1, wan("400"),
                    List.of(confirmed("300", "验收后")), "压减"), "subsidy.error.tranchesDoNotAddUp");
            given(history).when(new ReviseGrantCommand(PROGRAMME, G1, wan("200"), List.of(), "压减为已拨付额"))
                    .expectEvents(new GrantRevisedEvent(PROGRAMME, 2026, G1, null, RAIL_ORG, RAIL, City.QINGDAO,
                            wan("500.00"), wan("200.00"), List.of(), "压减为已拨付额", wan("200.00")));
        }
    }

    @Nested
    class Recipients {

        @Test
        void aProjectGrantTakesTheProjectsFactsFromTheDirectory() {
            given(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00"))
                    .when(new AwardGrantCommand(PROGRAMME, G1, RecipientKind.PROJECT, PROJECT, null, null, null,
                            wan("600"), "项目库项目补助", List.of(
                            new TranchePlan(wan("240"), TrancheCondition.PROJECT_APPROVED, null, null),
                            new TranchePlan(wan("180"), TrancheCondition.MILESTONE_COMPLETED, "m1", null),
                            new TranchePlan(wan("180"), TrancheCondition.PROJECT_ACCEPTED, null, null))))
                    .expectEvents(new GrantAwardedEvent(PROGRAMME, 2026, G1, RecipientKind.PROJECT, PROJECT,
                            "轨道交通装备关键零部件国产化配套协作", LEAD, RAIL, City.QINGDAO, wan("600.00"), "项目库项目补助",
                            List.of(tranche(1, "240.00", TrancheCondition.PROJECT_APPROVED),
                                    new Tranche(2, wan("180.00"), TrancheCondition.MILESTONE_COMPLETED, "m1",
                                            "首批零部件装车验证", null),
                                    tranche(3, "180.00", TrancheCondition.PROJECT_ACCEPTED)),
                            wan("600.00")));
        }

        @Test
        void onlyProjectsInTheLibraryGetProjectGrants() {
            expectRule(given(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00")), new AwardGrantCommand(PROGRAMME, G1,
                    RecipientKind.PROJECT, RESERVE_LESS, null, null, null, wan("100"), "补助",
                    List.of(onGrant("100"))), "subsidy.error.projectNotInLibrary");
        }

        @Test
        void anUnknownProjectOrMilestoneIsRefused() {
            expectRule(given(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00")), new AwardGrantCommand(PROGRAMME, G1,
                    RecipientKind.PROJECT, ProjectId.create(), null, null, null, wan("100"), "补助",
                    List.of(onGrant("100"))), "subsidy.error.unknownProject");
            expectRule(given(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00")), new AwardGrantCommand(PROGRAMME, G1,
                    RecipientKind.PROJECT, PROJECT, null, null, null, wan("100"), "补助",
                    List.of(new TranchePlan(wan("100"), TrancheCondition.MILESTONE_COMPLETED, "m9", null))),
                    "subsidy.error.unknownMilestone");
        }

        @Test
        void aProjectIsGrantedOnceWithinAProgramme() {
            expectRule(given(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00"),
                            new GrantAwardedEvent(PROGRAMME, 2026, G1, RecipientKind.PROJECT, PROJECT, "t", LEAD, RAIL,
                                    City.QINGDAO, wan("100.00"), "补助", List.of(tranche(1, "100.00",
                                    TrancheCondition.PROJECT_APPROVED)), wan("100.00"))),
                    new AwardGrantCommand(PROGRAMME, G2, RecipientKind.PROJECT, PROJECT, null, null, null, wan("100"),
                            "补助", List.of(onGrant("100"))), "subsidy.error.projectAlreadyGranted");
        }

        @Test
        void programmeKindsDecideWhoMayReceive() {
            expectRule(given(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00")), toRail(G1, "100", onGrant("100")),
                    "subsidy.error.projectProgramme");
            expectRule(given(defined(ProgrammeKind.NATIONAL_CLUSTER_AWARD, "5000.00")), new AwardGrantCommand(
                    PROGRAMME, G1, RecipientKind.PROJECT, PROJECT, null, null, null, wan("100"), "补助",
                    List.of(onGrant("100"))), "subsidy.error.organizationProgramme");
            expectRule(given(defined(ProgrammeKind.NATIONAL_CLUSTER_AWARD, "5000.00")), new AwardGrantCommand(
                    PROGRAMME, G1, RecipientKind.ORGANIZATION, null, "某企业", null, City.JINAN, wan("100"), "奖励",
                    List.of(onGrant("100"))), "subsidy.error.clusterMissing");
        }

        @Test
        void anOrganizationGrantNeedsANameAndACityAndNoProjectConditions() {
            expectRule(given(defined()), new AwardGrantCommand(PROGRAMME, G1, RecipientKind.ORGANIZATION, null, " ",
                    null, City.JINAN, wan("100"), "奖励", List.of(onGrant("100"))), "subsidy.error.organizationMissing");
            expectRule(given(defined()), new AwardGrantCommand(PROGRAMME, G1, RecipientKind.ORGANIZATION, null,
                    "济南市人民政府", null, null, wan("100"), "奖励", List.of(onGrant("100"))), "subsidy.error.cityMissing");
            expectRule(given(defined()), toRail(G1, "100",
                    new TranchePlan(wan("100"), TrancheCondition.PROJECT_ACCEPTED, null, null)),
                    "subsidy.error.conditionNeedsProject");
            expectRule(given(defined()), toRail(G1, "100", confirmed("100", " ")),
                    "subsidy.error.conditionNoteMissing");
            expectRule(given(defined()), toRail(G1, "100", onGrant("60"), onGrant("39.99")),
                    "subsidy.error.tranchesDoNotAddUp");
        }
    }

    @Nested
    class Tranches {

        private final Object[] awarded = {defined(),
                railAwarded(G1, "500.00", "500.00", tranche(1, "200.00", TrancheCondition.ON_GRANT),
                        new Tranche(2, wan("300.00"), TrancheCondition.SUPERVISOR_CONFIRMATION, null, null, "考核合格")),
                payable(G1, 1, "200.00", TrancheCondition.ON_GRANT, null)};

        @Test
        void aPayableTrancheIsPaidOnceWithItsVoucherAndTheTotalsFollow() {
            given(awarded).when(pay(G1, 1, " 鲁财拨〔2026〕1号 "))
                    .expectEvents(railPaid(G1, 1, "200.00", "鲁财拨〔2026〕1号", "200.00", "200.00"));
            List<Object> paid = new ArrayList<>(List.of(awarded));
            paid.add(railPaid(G1, 1, "200.00", "鲁财拨〔2026〕1号", "200.00", "200.00"));
            expectRule(given(paid), pay(G1, 1, "V2"), "subsidy.error.alreadyPaid");
        }

        @Test
        void aTrancheWaitingForItsConditionCannotBePaid() {
            expectRule(given(awarded), pay(G1, 2, "V2"), "subsidy.error.trancheNotPayable");
        }

        @Test
        void aPaymentIsNotDatedInTheFutureAndAVoucherIsUsedOnce() {
            expectRule(given(awarded), new RecordTranchePaymentCommand(PROGRAMME, G1, 1, LocalDate.now().plusDays(2),
                    "V1", null), "subsidy.error.paidInFuture");
            expectRule(given(defined(),
                    railAwarded(G1, "500.00", "500.00", tranche(1, "200.00", TrancheCondition.ON_GRANT),
                            tranche(2, "300.00", TrancheCondition.ON_GRANT)),
                    payable(G1, 1, "200.00", TrancheCondition.ON_GRANT, null),
                    payable(G1, 2, "300.00", TrancheCondition.ON_GRANT, null),
                    railPaid(G1, 1, "200.00", "V1", "200.00", "200.00")), pay(G1, 2, "V1"),
                    "subsidy.error.duplicateVoucher");
        }

        @Test
        void aSupervisorConfirmsAConditionThatIsTheirsToConfirm() {
            given(awarded).when(new ConfirmTrancheConditionCommand(PROGRAMME, G1, 2, "2026年度考核结果为优秀"))
                    .expectEvents(payable(G1, 2, "300.00", TrancheCondition.SUPERVISOR_CONFIRMATION, "2026年度考核结果为优秀"));
            expectRule(given(awarded), new ConfirmTrancheConditionCommand(PROGRAMME, G1, 1, "已满足"),
                    "subsidy.error.notConfirmable");
            expectRule(given(awarded), new ConfirmTrancheConditionCommand(PROGRAMME, G1, 7, "已满足"),
                    "subsidy.error.unknownTranche");
        }

        @Test
        void theProjectsEventsMakeMatchingTranchesPayableOnceAndOthersWait() {
            List<Object> history = List.of(defined(ProgrammeKind.PROJECT_SUBSIDY, "5000.00"),
                    new GrantAwardedEvent(PROGRAMME, 2026, G1, RecipientKind.PROJECT, PROJECT, "t", LEAD, RAIL,
                            City.QINGDAO, wan("600.00"), "补助", List.of(
                            tranche(1, "240.00", TrancheCondition.PROJECT_APPROVED),
                            new Tranche(2, wan("180.00"), TrancheCondition.MILESTONE_COMPLETED, "m1", "装车验证", null),
                            tranche(3, "180.00", TrancheCondition.PROJECT_ACCEPTED)), wan("600.00")));
            given(history)
                    .when(new RecordProjectConditionCommand(PROGRAMME, G1, TrancheCondition.MILESTONE_COMPLETED, "m1",
                            "首批零部件装车验证"))
                    .expectEvents(new TrancheBecamePayableEvent(PROGRAMME, 2026, G1, 2, wan("180.00"),
                            TrancheCondition.MILESTONE_COMPLETED, "首批零部件装车验证", PROJECT, LEAD, RAIL, City.QINGDAO));
            given(history).when(new RecordProjectConditionCommand(PROGRAMME, G1,
                    TrancheCondition.MILESTONE_COMPLETED, "m2", "另一个里程碑")).expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            List<Object> met = new ArrayList<>(history);
            met.add(new TrancheBecamePayableEvent(PROGRAMME, 2026, G1, 1, wan("240.00"),
                    TrancheCondition.PROJECT_APPROVED, null, PROJECT, LEAD, RAIL, City.QINGDAO));
            given(met).when(new RecordProjectConditionCommand(PROGRAMME, G1,
                    TrancheCondition.PROJECT_APPROVED, null, null)).expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aWithdrawnGrantsTranchesAreCancelledAndCannotBePaid() {
            List<Object> withdrawn = new ArrayList<>(List.of(awarded));
            withdrawn.add(new GrantWithdrawnEvent(PROGRAMME, 2026, G1, null, RAIL_ORG, RAIL, City.QINGDAO,
                    wan("500.00"), wan("0.00"), wan("500.00"), "撤销", wan("0.00")));
            expectRule(given(withdrawn), pay(G1, 1, "V1"), "subsidy.error.trancheCancelled");
            expectRule(given(withdrawn), new WithdrawGrantCommand(PROGRAMME, G1, "再次撤销"),
                    "subsidy.error.grantWithdrawn");
        }
    }

    @Nested
    class Closing {

        @Test
        void aProgrammeClosesOnlyWhenEveryGrantIsPaidOrWithdrawn() {
            TestExecutor<FundingProgramme> open = given(defined(),
                    railAwarded(G1, "200.00", "200.00", tranche(1, "200.00", TrancheCondition.ON_GRANT)),
                    payable(G1, 1, "200.00", TrancheCondition.ON_GRANT, null));
            expectRule(open, new CloseFundingProgrammeCommand(PROGRAMME, "年度结束"), "subsidy.error.grantsOutstanding");
            given(defined(),
                    railAwarded(G1, "200.00", "200.00", tranche(1, "200.00", TrancheCondition.ON_GRANT)),
                    payable(G1, 1, "200.00", TrancheCondition.ON_GRANT, null),
                    railPaid(G1, 1, "200.00", "V1", "200.00", "200.00"))
                    .when(new CloseFundingProgrammeCommand(PROGRAMME, "年度结束"))
                    .expectEvents(new FundingProgrammeClosedEvent(PROGRAMME, 2026, wan("1000.00"), wan("200.00"),
                            wan("800.00"), "年度结束"));
        }

        @Test
        void aClosedProgrammeRefusesGrantsAndPayments() {
            Object closed = new FundingProgrammeClosedEvent(PROGRAMME, 2026, wan("1000.00"), wan("0.00"),
                    wan("1000.00"), "年度结束");
            expectRule(given(defined(), closed), toRail(G3, "100", onGrant("100")), "subsidy.error.closed");
            expectRule(given(defined(), closed), new ReviseProgrammeBudgetCommand(PROGRAMME, wan("10"), "调整"),
                    "subsidy.error.closed");
        }
    }

    @Test
    void onlySupervisorsGrantAndPayAndOnlyClusterHubRecordsAProjectsCondition() {
        Actor supervisor = new Actor("u", "supervisor", "督导", Role.SUPERVISOR, Set.of(), City.JINAN, "省工信厅");
        Actor staff = new Actor("s", "staff01", "协会", Role.PROMOTION_STAFF, Set.of(RAIL.toString()), City.QINGDAO,
                RAIL_ORG);
        AwardGrantCommand grant = toRail(G1, "100", onGrant("100"));
        RecordTranchePaymentCommand payment = pay(G1, 1, "V1");
        RecordProjectConditionCommand condition = new RecordProjectConditionCommand(PROGRAMME, G1,
                TrancheCondition.PROJECT_APPROVED, null, null);
        assertThat(supervisor.satisfies(grant.accessRequirement())).isTrue();
        assertThat(supervisor.satisfies(payment.accessRequirement())).isTrue();
        assertThat(staff.satisfies(grant.accessRequirement())).isFalse();
        assertThat(staff.satisfies(payment.accessRequirement())).isFalse();
        assertThat(supervisor.satisfies(condition.accessRequirement())).isFalse();
        assertThat(Actor.SYSTEM.satisfies(condition.accessRequirement())).isTrue();
    }
}
