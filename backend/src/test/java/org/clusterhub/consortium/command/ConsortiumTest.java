package org.clusterhub.consortium.command;

import static org.clusterhub.consortium.command.ConsortiumTestData.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.ConsortiumOrigin;
import org.clusterhub.consortium.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.DomainRuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The consortium's life: proposal, invitations and answers, the founding agreement, later members, registration and
 * dissolution, with every refusal. Scope comes from the command's metadata (no metadata = SYSTEM).
 */
class ConsortiumTest {

    private FixtureConfiguration<Consortium> fixture;

    private TestExecutor<Consortium> given(Object... events) {
        return given(List.of(events));
    }

    private TestExecutor<Consortium> given(List<Object> events) {
        fixture = new AggregateTestFixture<>(Consortium.class);
        return fixture.given(events);
    }

    private static List<Object> plus(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    private static void expectRule(TestExecutor<Consortium> executor, Object command, String key) {
        executor.when(command).expectException(DomainRuleViolation.class).expectExceptionMessage(
                org.hamcrest.Matchers.startsWith(key)).expectNoEvents();
    }

    @Nested
    class Proposing {

        @Test
        void aProposalNamesTheLeadAsFirstMemberWithStrippedTextAndDistinctKeywords() {
            fixture = new AggregateTestFixture<>(Consortium.class);
            fixture.givenNoPriorActivity()
                    .when(propose(), as(LEAD_MEMBER))
                    .expectEvents(proposed());
        }

        @Test
        void aProposalFromAMatchmakingMeetingRecordsTheMeetingItGrewOutOf() {
            fixture = new AggregateTestFixture<>(Consortium.class);
            ProposeConsortiumCommand p = propose();
            ConsortiumOrigin origin = new ConsortiumOrigin("activity-1", "meeting-1");
            ConsortiumProposedEvent e = proposed();
            fixture.givenNoPriorActivity()
                    .when(new ProposeConsortiumCommand(p.consortiumId(), p.clusterId(), p.name(), p.area(),
                            p.keywords(), p.aims(), p.platforms(), p.leadOrganization(), p.leadCreditCode(),
                            p.leadKind(), p.leadCommitment(), origin), as(LEAD_MEMBER))
                    .expectEvents(new ConsortiumProposedEvent(e.consortiumId(), e.clusterId(), e.name(), e.area(),
                            e.keywords(), e.aims(), e.platforms(), e.leadOrganization(), e.leadCreditCode(),
                            e.leadKind(), e.leadCommitment(), origin));
        }

        @Test
        void moneyIsKeptInYuanWithTwoDecimals() {
            fixture = new AggregateTestFixture<>(Consortium.class);
            ProposeConsortiumCommand p = propose();
            fixture.givenNoPriorActivity()
                    .when(new ProposeConsortiumCommand(p.consortiumId(), p.clusterId(), p.name(), p.area(),
                            p.keywords(), p.aims(), p.platforms(), p.leadOrganization(), p.leadCreditCode(),
                            p.leadKind(), new Commitment(3, "  ", new BigDecimal("5"), new BigDecimal("1.005"))))
                    .expectEvents(new ConsortiumProposedEvent(ID, CLUSTER, proposed().name(), proposed().area(),
                            proposed().keywords(), proposed().aims(), proposed().platforms(), LEAD, LEAD_CODE,
                            OrganizationKind.ENTERPRISE, new Commitment(3, null, new BigDecimal("5.00"),
                            new BigDecimal("1.01"))));
        }
    }

    @Nested
    class Inviting {

        @Test
        void theLeadInvitesAnOrganizationOfAnotherCluster() {
            given(proposed()).when(inviteUniversity(true), as(LEAD_MEMBER)).expectEvents(universityInvited(true));
        }

        @Test
        void anOrganizationFromOutsideTheRegionNamesItsRegion() {
            InviteOrganizationCommand outside = new InviteOrganizationCommand(ID, OUTSIDER, OUTSIDER_CODE,
                    OrganizationKind.UNIVERSITY, MemberOrigin.OUTSIDE_REGION, " 上海市 ", MemberRole.PARTICIPANT, false);
            given(proposed()).when(outside, as(LEAD_MEMBER)).expectEvents(new OrganizationInvitedEvent(ID, OUTSIDER,
                    OUTSIDER_CODE, OrganizationKind.UNIVERSITY, MemberOrigin.OUTSIDE_REGION, "上海市",
                    MemberRole.PARTICIPANT, false));
            expectRule(given(proposed()), new InviteOrganizationCommand(ID, OUTSIDER, OUTSIDER_CODE,
                    OrganizationKind.UNIVERSITY, MemberOrigin.OUTSIDE_REGION, "  ", MemberRole.PARTICIPANT, false),
                    "consortium.error.regionRequired");
        }

        @Test
        void aRegionIsDroppedForOrganizationsOfTheProvince() {
            InviteOrganizationCommand c = inviteUniversity(true);
            given(proposed()).when(new InviteOrganizationCommand(ID, c.organization(), c.creditCode(), c.kind(),
                            c.origin(), "济南", c.role(), true), as(LEAD_MEMBER))
                    .expectEvents(universityInvited(true));
        }

        @Test
        void onlyTheLeadsMembersInvite() {
            given(proposed()).when(inviteUniversity(true), as(UNIVERSITY_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
            given(proposed()).when(inviteUniversity(true), as(STAFF))
                    .expectException(AccessRefused.class).expectNoEvents();
        }

        @Test
        void thereIsOnlyOneLead() {
            expectRule(given(proposed()), new InviteOrganizationCommand(ID, UNIVERSITY, UNIVERSITY_CODE,
                    OrganizationKind.UNIVERSITY, MemberOrigin.OTHER_CLUSTER, null, MemberRole.LEAD, true),
                    "consortium.error.onlyOneLead");
        }

        @Test
        void anOrganizationAlreadyOnTheBoardIsNotInvitedAgain() {
            expectRule(given(proposed(), universityInvited(true)), inviteUniversity(false),
                    "consortium.error.alreadyOnBoard");
            expectRule(given(proposed()), new InviteOrganizationCommand(ID, LEAD, LEAD_CODE,
                    OrganizationKind.ENTERPRISE, MemberOrigin.SAME_CLUSTER, null, MemberRole.CORE, false),
                    "consortium.error.alreadyOnBoard");
        }

        @Test
        void anOrganizationThatDeclinedMayBeInvitedAgain() {
            given(proposed(), universityInvited(true),
                    new InvitationDeclinedEvent(ID, UNIVERSITY, UNIVERSITY_CODE, null))
                    .when(inviteUniversity(true), as(LEAD_MEMBER))
                    .expectEvents(universityInvited(true));
        }

        @Test
        void afterFoundingNoInvitationIsRequiredForFounding() {
            InviteOrganizationCommand late = new InviteOrganizationCommand(ID, OUTSIDER, OUTSIDER_CODE,
                    OrganizationKind.UNIVERSITY, MemberOrigin.OUTSIDE_REGION, "上海市", MemberRole.PARTICIPANT, true);
            expectRule(given(founded()), late, "consortium.error.alreadyFounded");
        }

        @Test
        void theLeadWithdrawsAnOpenInvitation() {
            given(proposed(), universityInvited(false))
                    .when(new WithdrawInvitationCommand(ID, UNIVERSITY_CODE), as(LEAD_MEMBER))
                    .expectEvents(new InvitationWithdrawnEvent(ID, UNIVERSITY, UNIVERSITY_CODE));
            expectRule(given(plus(founded())), new WithdrawInvitationCommand(ID, UNIVERSITY_CODE),
                    "consortium.error.notAnOpenInvitation");
            given(proposed(), universityInvited(false))
                    .when(new WithdrawInvitationCommand(ID, UNIVERSITY_CODE), as(UNIVERSITY_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
        }
    }

    @Nested
    class Answering {

        @Test
        void acceptingANonRequiredInvitationDoesNotFound() {
            given(proposed(), universityInvited(false), instituteInvited(true))
                    .when(new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                            as(UNIVERSITY_MEMBER))
                    .expectEvents(universityAccepted());
        }

        @Test
        void theLastRequiredAcceptanceSignsTheFoundingAgreement() {
            given(proposed(), universityInvited(true), instituteInvited(true), universityAccepted())
                    .when(new AcceptInvitationCommand(ID, INSTITUTE_CODE, Commitment.none()), as(INSTITUTE_MEMBER))
                    .expectEvents(instituteAccepted(),
                            new FoundingAgreementSignedEvent(ID, List.of(LEAD, UNIVERSITY, INSTITUTE)));
        }

        @Test
        void foundingWaitsWhileARequiredInvitationIsUnanswered() {
            given(proposed(), universityInvited(true), instituteInvited(true))
                    .when(new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                            as(UNIVERSITY_MEMBER))
                    .expectEvents(universityAccepted());
        }

        @Test
        void withoutARequiredInvitationThereIsNoFounding() {
            given(proposed(), universityInvited(false))
                    .when(new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                            as(UNIVERSITY_MEMBER))
                    .expectEvents(universityAccepted());
        }

        @Test
        void aDeclinedRequiredInvitationBlocksFoundingUntilTheLeadWithdrawsIt() {
            InvitationDeclinedEvent declined = new InvitationDeclinedEvent(ID, INSTITUTE, INSTITUTE_CODE, "人手不足");
            given(proposed(), universityInvited(true), instituteInvited(true), declined)
                    .when(new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                            as(UNIVERSITY_MEMBER))
                    .expectEvents(universityAccepted());
            given(proposed(), universityInvited(true), instituteInvited(true), declined, universityAccepted())
                    .when(new WithdrawInvitationCommand(ID, INSTITUTE_CODE), as(LEAD_MEMBER))
                    .expectEvents(new InvitationWithdrawnEvent(ID, INSTITUTE, INSTITUTE_CODE),
                            new FoundingAgreementSignedEvent(ID, List.of(LEAD, UNIVERSITY)));
        }

        @Test
        void theInvitedOrganizationDeclinesWithAReason() {
            given(proposed(), universityInvited(true))
                    .when(new DeclineInvitationCommand(ID, UNIVERSITY_CODE, " 今年无力承担 "), as(UNIVERSITY_MEMBER))
                    .expectEvents(new InvitationDeclinedEvent(ID, UNIVERSITY, UNIVERSITY_CODE, "今年无力承担"));
        }

        @Test
        void onlyTheInvitedOrganizationAnswers() {
            for (Object answer : List.of(new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                    new DeclineInvitationCommand(ID, UNIVERSITY_CODE, null))) {
                for (var wrong : List.of(INSTITUTE_MEMBER, LEAD_MEMBER, STAFF, SUPERVISOR)) {
                    given(proposed(), universityInvited(true), instituteInvited(true))
                            .when(answer, as(wrong))
                            .expectException(AccessRefused.class).expectNoEvents();
                }
            }
        }

        @Test
        void anInvitationIsAnsweredOnce() {
            List<Object> accepted = List.of(proposed(), universityInvited(false), universityAccepted());
            expectRule(given(accepted), new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                    "consortium.error.alreadyAnswered");
            expectRule(given(accepted), new DeclineInvitationCommand(ID, UNIVERSITY_CODE, null),
                    "consortium.error.alreadyAnswered");
            List<Object> declined = List.of(proposed(), universityInvited(false),
                    new InvitationDeclinedEvent(ID, UNIVERSITY, UNIVERSITY_CODE, null));
            expectRule(given(declined), new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                    "consortium.error.alreadyAnswered");
        }

        @Test
        void aWithdrawnOrMissingInvitationCannotBeAnswered() {
            expectRule(given(proposed(), universityInvited(false),
                            new InvitationWithdrawnEvent(ID, UNIVERSITY, UNIVERSITY_CODE)),
                    new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                    "consortium.error.noInvitation");
            expectRule(given(proposed()), new AcceptInvitationCommand(ID, UNIVERSITY_CODE, UNIVERSITY_COMMITMENT),
                    "consortium.error.notOnBoard");
        }
    }

    @Nested
    class LaterMembers {

        private final ApplyToJoinCommand application = new ApplyToJoinCommand(ID, APPLICANT, APPLICANT_CODE,
                OrganizationKind.PUBLIC_SERVICE_PLATFORM, MemberOrigin.OTHER_CLUSTER, null, "提供工业互联网数据服务",
                Commitment.none());
        private final MembershipAppliedEvent applied = new MembershipAppliedEvent(ID, APPLICANT, APPLICANT_CODE,
                OrganizationKind.PUBLIC_SERVICE_PLATFORM, MemberOrigin.OTHER_CLUSTER, null, "提供工业互联网数据服务",
                Commitment.none());

        @Test
        void anOrganizationAppliesOnceTheConsortiumIsFounded() {
            given(founded()).when(application, as(APPLICANT_MEMBER)).expectEvents(applied);
            expectRule(given(proposed()), application, "consortium.error.notYetFounded");
            expectRule(given(plus(founded(), applied)), application, "consortium.error.alreadyOnBoard");
        }

        @Test
        void theLeadAdmitsWithARoleOrRejectsWithAReason() {
            given(plus(founded(), applied))
                    .when(new DecideApplicationCommand(ID, APPLICANT_CODE, true, MemberRole.PARTICIPANT, null),
                            as(LEAD_MEMBER))
                    .expectEvents(new ApplicantAdmittedEvent(ID, APPLICANT, APPLICANT_CODE, MemberRole.PARTICIPANT));
            given(plus(founded(), applied))
                    .when(new DecideApplicationCommand(ID, APPLICANT_CODE, false, null, "方向不符"), as(LEAD_MEMBER))
                    .expectEvents(new ApplicationRejectedEvent(ID, APPLICANT, APPLICANT_CODE, "方向不符"));
            expectRule(given(plus(founded(), applied)),
                    new DecideApplicationCommand(ID, APPLICANT_CODE, false, null, " "), "consortium.error.reasonRequired");
            expectRule(given(plus(founded(), applied)),
                    new DecideApplicationCommand(ID, APPLICANT_CODE, true, null, null), "consortium.error.roleRequired");
            expectRule(given(plus(founded(), applied)),
                    new DecideApplicationCommand(ID, APPLICANT_CODE, true, MemberRole.LEAD, null),
                    "consortium.error.onlyOneLead");
            expectRule(given(founded()), new DecideApplicationCommand(ID, UNIVERSITY_CODE, true, MemberRole.CORE, null),
                    "consortium.error.noApplication");
        }

        @Test
        void onlyTheLeadDecidesAnApplication() {
            given(plus(founded(), applied))
                    .when(new DecideApplicationCommand(ID, APPLICANT_CODE, true, MemberRole.CORE, null),
                            as(APPLICANT_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
        }

        @Test
        void theLeadChangesAMembersRole() {
            given(founded())
                    .when(new ChangeMemberRoleCommand(ID, INSTITUTE_CODE, MemberRole.CORE), as(LEAD_MEMBER))
                    .expectEvents(new MemberRoleChangedEvent(ID, INSTITUTE, INSTITUTE_CODE, MemberRole.PARTICIPANT,
                            MemberRole.CORE));
            expectRule(given(founded()), new ChangeMemberRoleCommand(ID, UNIVERSITY_CODE, MemberRole.CORE),
                    "consortium.error.roleUnchanged");
            expectRule(given(founded()), new ChangeMemberRoleCommand(ID, LEAD_CODE, MemberRole.CORE),
                    "consortium.error.leadRoleFixed");
            expectRule(given(founded()), new ChangeMemberRoleCommand(ID, UNIVERSITY_CODE, MemberRole.LEAD),
                    "consortium.error.onlyOneLead");
            given(founded())
                    .when(new ChangeMemberRoleCommand(ID, INSTITUTE_CODE, MemberRole.CORE), as(UNIVERSITY_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
        }

        @Test
        void aMemberRecordsItsOwnCommitment() {
            Commitment more = new Commitment(20, "燃烧分析仪", new BigDecimal("800000"), new BigDecimal("3000000"));
            given(founded())
                    .when(new RecordCommitmentCommand(ID, UNIVERSITY_CODE, more), as(UNIVERSITY_MEMBER))
                    .expectEvents(new CommitmentRecordedEvent(ID, UNIVERSITY, UNIVERSITY_CODE, new Commitment(20,
                            "燃烧分析仪", new BigDecimal("800000.00"), new BigDecimal("3000000.00"))));
            given(founded())
                    .when(new RecordCommitmentCommand(ID, UNIVERSITY_CODE, more), as(INSTITUTE_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
            expectRule(given(proposed(), universityInvited(true)),
                    new RecordCommitmentCommand(ID, UNIVERSITY_CODE, more), "consortium.error.notAMember");
        }

        @Test
        void aMemberLeavesButTheLeadCannot() {
            given(founded())
                    .when(new LeaveConsortiumCommand(ID, INSTITUTE_CODE, "战略调整"), as(INSTITUTE_MEMBER))
                    .expectEvents(new MemberLeftEvent(ID, INSTITUTE, INSTITUTE_CODE, "战略调整"));
            expectRule(given(founded()), new LeaveConsortiumCommand(ID, LEAD_CODE, "不做了"),
                    "consortium.error.leadCannotLeave");
            given(founded())
                    .when(new LeaveConsortiumCommand(ID, INSTITUTE_CODE, "战略调整"), as(UNIVERSITY_MEMBER))
                    .expectException(AccessRefused.class).expectNoEvents();
            expectRule(given(proposed(), universityInvited(false), universityAccepted()),
                    new LeaveConsortiumCommand(ID, UNIVERSITY_CODE, "改变主意"), "consortium.error.notYetFounded");
            expectRule(given(plus(founded(), new MemberLeftEvent(ID, INSTITUTE, INSTITUTE_CODE, "战略调整"))),
                    new LeaveConsortiumCommand(ID, INSTITUTE_CODE, "再走一次"), "consortium.error.notAMember");
        }
    }

    @Nested
    class RegisteringAndDissolving {

        @Test
        void theClustersStaffRegisterAFoundedConsortium() {
            given(founded())
                    .when(new RegisterConsortiumCommand(ID, " 鲁集群联备〔2026〕011号 ", " "), as(STAFF))
                    .expectEvents(new ConsortiumRegisteredEvent(ID, "鲁集群联备〔2026〕011号", null));
            given(founded())
                    .when(new RegisterConsortiumCommand(ID, "省备〔2026〕1号", "省级备案"), as(SUPERVISOR))
                    .expectEvents(new ConsortiumRegisteredEvent(ID, "省备〔2026〕1号", "省级备案"));
        }

        @Test
        void registeringBeforeFoundingIsRefused() {
            expectRule(given(proposed(), universityInvited(true)),
                    new RegisterConsortiumCommand(ID, "鲁集群联备〔2026〕011号", null), "consortium.error.notYetFounded");
        }

        @Test
        void aConsortiumIsRegisteredOnce() {
            expectRule(given(plus(founded(), new ConsortiumRegisteredEvent(ID, "A-1", null))),
                    new RegisterConsortiumCommand(ID, "A-2", null), "consortium.error.alreadyRegistered");
        }

        @Test
        void staffOfAnotherClusterAndMembersDoNotRegister() {
            for (var wrong : List.of(OTHER_STAFF, LEAD_MEMBER)) {
                given(founded())
                        .when(new RegisterConsortiumCommand(ID, "A-1", null), as(wrong))
                        .expectException(AccessRefused.class).expectNoEvents();
            }
        }

        @Test
        void theLeadTheClustersStaffOrTheProvinceDissolve() {
            for (var allowed : List.of(LEAD_MEMBER, STAFF, SUPERVISOR)) {
                given(founded())
                        .when(new DissolveConsortiumCommand(ID, " 目标已完成 "), as(allowed))
                        .expectEvents(new ConsortiumDissolvedEvent(ID, "目标已完成"));
            }
            for (var refused : List.of(UNIVERSITY_MEMBER, OTHER_STAFF)) {
                given(founded())
                        .when(new DissolveConsortiumCommand(ID, "目标已完成"), as(refused))
                        .expectException(AccessRefused.class).expectNoEvents();
            }
        }

        @Test
        void aDissolvedConsortiumRefusesEverything() {
            List<Object> dissolved = plus(founded(), universityInvitedLate(),
                    new ConsortiumDissolvedEvent(ID, "目标已完成"));
            for (Object command : List.of(inviteUniversity(false),
                    new WithdrawInvitationCommand(ID, OUTSIDER_CODE),
                    new AcceptInvitationCommand(ID, OUTSIDER_CODE, Commitment.none()),
                    new DeclineInvitationCommand(ID, OUTSIDER_CODE, null),
                    new ApplyToJoinCommand(ID, APPLICANT, APPLICANT_CODE, OrganizationKind.PUBLIC_SERVICE_PLATFORM,
                            MemberOrigin.OTHER_CLUSTER, null, "加入联合体", Commitment.none()),
                    new DecideApplicationCommand(ID, APPLICANT_CODE, true, MemberRole.CORE, null),
                    new ChangeMemberRoleCommand(ID, INSTITUTE_CODE, MemberRole.CORE),
                    new RecordCommitmentCommand(ID, UNIVERSITY_CODE, Commitment.none()),
                    new LeaveConsortiumCommand(ID, UNIVERSITY_CODE, "离开"),
                    new RegisterConsortiumCommand(ID, "A-1", null),
                    new DissolveConsortiumCommand(ID, "再次解散"))) {
                expectRule(given(dissolved), command, "consortium.error.dissolved");
            }
        }

        private OrganizationInvitedEvent universityInvitedLate() {
            return new OrganizationInvitedEvent(ID, OUTSIDER, OUTSIDER_CODE, OrganizationKind.UNIVERSITY,
                    MemberOrigin.OUTSIDE_REGION, "上海市", MemberRole.PARTICIPANT, false);
        }
    }
}
