package org.clusterhub.consortium.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.consortium.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;

/**
 * A joint innovation consortium (创新联合体) of a cluster, from proposal to dissolution. Holds what its decisions
 * need: the cluster (whose promotion staff register it), the lead, and each organization's standing on the board,
 * keyed by unified social credit code. Scope is its own state (ADR 005): the lead's members run the board, an
 * invited or applying organization's members answer for it, the cluster's staff register it.
 *
 * <p>The founding agreement is not a separate command: it is signed, as an event of the same command, when the last
 * invitation marked required for founding is accepted (or when the last required one that stood in the way is
 * withdrawn). A declined required invitation blocks founding until the lead withdraws it.
 *
 * @see <a href="../../../../../../../../docs/decisions/011-joint-innovation-consortia.md">ADR 011</a>
 */
@Aggregate
class Consortium {

    @AggregateIdentifier
    private ConsortiumId consortiumId;
    private String clusterId;
    private ConsortiumStatus status;
    private String leadOrganization;
    private String leadCreditCode;
    private final Map<String, Standing> board = new LinkedHashMap<>();

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Consortium() {
    }

    /** One organization on the board: its name (for the scope check), state, role and whether founding needs it. */
    record Standing(String organization, MembershipState state, MemberRole role, boolean requiredForFounding) {

        Standing with(MembershipState newState) {
            return new Standing(organization, newState, role, requiredForFounding);
        }

        Standing with(MemberRole newRole) {
            return new Standing(organization, state, newRole, requiredForFounding);
        }

        boolean open() {
            return state == MembershipState.INVITED || state == MembershipState.APPLIED
                    || state == MembershipState.MEMBER;
        }
    }

    // ---- forming ---------------------------------------------------------------------------------------------------

    @CommandHandler
    Consortium(ProposeConsortiumCommand command) {
        apply(new ConsortiumProposedEvent(command.consortiumId(), command.clusterId(), command.name().strip(),
                command.area(), List.copyOf(new LinkedHashSet<>(command.keywords().stream().map(String::strip)
                        .toList())), command.aims().strip(), command.platforms().stream().map(String::strip)
                        .distinct().toList(), command.leadOrganization().strip(), command.leadCreditCode(),
                command.leadKind(), commitment(command.leadCommitment()), command.origin()));
    }

    @CommandHandler
    void handle(InviteOrganizationCommand command, Actor actor) {
        requireNotDissolved();
        requireLead(actor, command);
        requireNotOnBoard(command.creditCode());
        requireMemberRole(command.role());
        String region = requireRegion(command.origin(), command.region());
        if (command.requiredForFounding() && status != ConsortiumStatus.FORMING) {
            throw new DomainRuleViolation("consortium.error.alreadyFounded", "requiredForFounding");
        }
        apply(new OrganizationInvitedEvent(consortiumId, command.organization().strip(), command.creditCode(),
                command.kind(), command.origin(), region, command.role(), command.requiredForFounding()));
    }

    @CommandHandler
    void handle(WithdrawInvitationCommand command, Actor actor) {
        requireNotDissolved();
        requireLead(actor, command);
        Standing standing = requireStanding(command.creditCode());
        if (standing.state() != MembershipState.INVITED && standing.state() != MembershipState.DECLINED) {
            throw new DomainRuleViolation("consortium.error.notAnOpenInvitation", "creditCode");
        }
        apply(new InvitationWithdrawnEvent(consortiumId, standing.organization(), command.creditCode()));
        signFoundingAgreementIfReady();
    }

    @CommandHandler
    void handle(AcceptInvitationCommand command, Actor actor) {
        requireNotDissolved();
        Standing standing = requireInvitation(command.creditCode());
        requireActsFor(actor, standing.organization(), command);
        apply(new InvitationAcceptedEvent(consortiumId, standing.organization(), command.creditCode(),
                standing.role(), commitment(command.commitment())));
        signFoundingAgreementIfReady();
    }

    @CommandHandler
    void handle(DeclineInvitationCommand command, Actor actor) {
        requireNotDissolved();
        Standing standing = requireInvitation(command.creditCode());
        requireActsFor(actor, standing.organization(), command);
        apply(new InvitationDeclinedEvent(consortiumId, standing.organization(), command.creditCode(),
                blankToNull(command.reason())));
    }

    // ---- later members ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ApplyToJoinCommand command) {
        // The organization is the sender's own: the interceptor checked that before the aggregate loaded.
        requireNotDissolved();
        requireFounded();
        requireNotOnBoard(command.creditCode());
        String region = requireRegion(command.origin(), command.region());
        apply(new MembershipAppliedEvent(consortiumId, command.organization().strip(), command.creditCode(),
                command.kind(), command.origin(), region, command.motivation().strip(),
                commitment(command.commitment())));
    }

    @CommandHandler
    void handle(DecideApplicationCommand command, Actor actor) {
        requireNotDissolved();
        requireLead(actor, command);
        Standing standing = requireStanding(command.creditCode());
        if (standing.state() != MembershipState.APPLIED) {
            throw new DomainRuleViolation("consortium.error.noApplication", "creditCode");
        }
        if (command.admit()) {
            if (command.role() == null) {
                throw new DomainRuleViolation("consortium.error.roleRequired", "role");
            }
            requireMemberRole(command.role());
            apply(new ApplicantAdmittedEvent(consortiumId, standing.organization(), command.creditCode(),
                    command.role()));
        } else {
            String reason = blankToNull(command.reason());
            if (reason == null) {
                throw new DomainRuleViolation("consortium.error.reasonRequired", "reason");
            }
            apply(new ApplicationRejectedEvent(consortiumId, standing.organization(), command.creditCode(), reason));
        }
    }

    @CommandHandler
    void handle(ChangeMemberRoleCommand command, Actor actor) {
        requireNotDissolved();
        requireLead(actor, command);
        Standing standing = requireMember(command.creditCode());
        if (standing.role() == MemberRole.LEAD) {
            throw new DomainRuleViolation("consortium.error.leadRoleFixed", "creditCode");
        }
        requireMemberRole(command.role());
        if (standing.role() == command.role()) {
            throw new DomainRuleViolation("consortium.error.roleUnchanged", "role");
        }
        apply(new MemberRoleChangedEvent(consortiumId, standing.organization(), command.creditCode(),
                standing.role(), command.role()));
    }

    @CommandHandler
    void handle(RecordCommitmentCommand command, Actor actor) {
        requireNotDissolved();
        Standing standing = requireMember(command.creditCode());
        requireActsFor(actor, standing.organization(), command);
        apply(new CommitmentRecordedEvent(consortiumId, standing.organization(), command.creditCode(),
                commitment(command.commitment())));
    }

    @CommandHandler
    void handle(LeaveConsortiumCommand command, Actor actor) {
        requireNotDissolved();
        Standing standing = requireMember(command.creditCode());
        requireActsFor(actor, standing.organization(), command);
        if (standing.role() == MemberRole.LEAD) {
            throw new DomainRuleViolation("consortium.error.leadCannotLeave", "creditCode");
        }
        requireFounded();
        apply(new MemberLeftEvent(consortiumId, standing.organization(), command.creditCode(),
                command.reason().strip()));
    }

    // ---- registration and dissolution -------------------------------------------------------------------------------

    @CommandHandler
    void handle(RegisterConsortiumCommand command, Actor actor) {
        requireNotDissolved();
        if (!actor.isSupervisor() && !actor.isStaffOf(clusterId)) {
            throw refused(actor, command);
        }
        if (status == ConsortiumStatus.REGISTERED) {
            throw new DomainRuleViolation("consortium.error.alreadyRegistered", null);
        }
        requireFounded();
        apply(new ConsortiumRegisteredEvent(consortiumId, command.registrationNumber().strip(),
                blankToNull(command.note())));
    }

    @CommandHandler
    void handle(DissolveConsortiumCommand command, Actor actor) {
        requireNotDissolved();
        boolean lead = actor.role() == Role.MEMBER && leadOrganization.equals(actor.organization());
        if (!lead && !actor.isSupervisor() && !actor.isStaffOf(clusterId)) {
            throw refused(actor, command);
        }
        apply(new ConsortiumDissolvedEvent(consortiumId, command.reason().strip()));
    }

    // ---- rules ------------------------------------------------------------------------------------------------------

    /** Signs when every required invitation still standing was accepted, and there was at least one. */
    private void signFoundingAgreementIfReady() {
        if (status != ConsortiumStatus.FORMING) {
            return;
        }
        List<Standing> required = board.values().stream()
                .filter(s -> s.requiredForFounding() && s.state() != MembershipState.WITHDRAWN).toList();
        if (required.isEmpty() || required.stream().anyMatch(s -> s.state() != MembershipState.MEMBER)) {
            return;
        }
        apply(new FoundingAgreementSignedEvent(consortiumId, board.values().stream()
                .filter(s -> s.state() == MembershipState.MEMBER).map(Standing::organization).toList()));
    }

    private void requireNotDissolved() {
        if (status == ConsortiumStatus.DISSOLVED) {
            throw new DomainRuleViolation("consortium.error.dissolved", null);
        }
    }

    private void requireFounded() {
        if (status != ConsortiumStatus.FOUNDED && status != ConsortiumStatus.REGISTERED) {
            throw new DomainRuleViolation("consortium.error.notYetFounded", null);
        }
    }

    private void requireLead(Actor actor, Object command) {
        if (actor.role() == Role.SYSTEM) {
            return;
        }
        if (actor.role() != Role.MEMBER || !leadOrganization.equals(actor.organization())) {
            throw refused(actor, command);
        }
    }

    /** Only the organization itself answers, applies, commits or leaves; the seed acts as SYSTEM. */
    private static void requireActsFor(Actor actor, String organization, Object command) {
        if (actor.role() == Role.SYSTEM) {
            return;
        }
        if (actor.role() != Role.MEMBER || !organization.equals(actor.organization())) {
            throw refused(actor, command);
        }
    }

    private void requireNotOnBoard(String creditCode) {
        if (creditCode.equals(leadCreditCode)) {
            throw new DomainRuleViolation("consortium.error.alreadyOnBoard", "creditCode");
        }
        Standing standing = board.get(creditCode);
        if (standing != null && standing.open()) {
            throw new DomainRuleViolation("consortium.error.alreadyOnBoard", "creditCode");
        }
    }

    private static void requireMemberRole(MemberRole role) {
        if (role == MemberRole.LEAD) {
            throw new DomainRuleViolation("consortium.error.onlyOneLead", "role");
        }
    }

    /** Organizations from outside the region say where they come from; others carry no region. */
    private static String requireRegion(MemberOrigin origin, String region) {
        String stripped = blankToNull(region);
        if (origin == MemberOrigin.OUTSIDE_REGION && stripped == null) {
            throw new DomainRuleViolation("consortium.error.regionRequired", "region");
        }
        return origin == MemberOrigin.OUTSIDE_REGION ? stripped : null;
    }

    private Standing requireStanding(String creditCode) {
        Standing standing = board.get(creditCode);
        if (standing == null) {
            throw new DomainRuleViolation("consortium.error.notOnBoard", "creditCode");
        }
        return standing;
    }

    private Standing requireInvitation(String creditCode) {
        Standing standing = requireStanding(creditCode);
        return switch (standing.state()) {
            case INVITED -> standing;
            case MEMBER, DECLINED, LEFT -> throw new DomainRuleViolation("consortium.error.alreadyAnswered",
                    "creditCode");
            default -> throw new DomainRuleViolation("consortium.error.noInvitation", "creditCode");
        };
    }

    private Standing requireMember(String creditCode) {
        Standing standing = requireStanding(creditCode);
        if (standing.state() != MembershipState.MEMBER) {
            throw new DomainRuleViolation("consortium.error.notAMember", "creditCode");
        }
        return standing;
    }

    private static AccessRefused refused(Actor actor, Object command) {
        return new AccessRefused(command.getClass().getSimpleName(), actor.username());
    }

    /** Money and values in yuan with two decimals; equipment text stripped. */
    private static Commitment commitment(Commitment c) {
        return new Commitment(c.people(), blankToNull(c.equipment()), yuan(c.equipmentValue()), yuan(c.money()));
    }

    private static BigDecimal yuan(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- state ------------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ConsortiumProposedEvent event) {
        consortiumId = event.consortiumId();
        clusterId = event.clusterId().toString();
        status = ConsortiumStatus.FORMING;
        leadOrganization = event.leadOrganization();
        leadCreditCode = event.leadCreditCode();
        board.put(event.leadCreditCode(), new Standing(event.leadOrganization(), MembershipState.MEMBER,
                MemberRole.LEAD, false));
    }

    @EventSourcingHandler
    void on(OrganizationInvitedEvent event) {
        board.put(event.creditCode(), new Standing(event.organization(), MembershipState.INVITED, event.role(),
                event.requiredForFounding()));
    }

    @EventSourcingHandler
    void on(InvitationWithdrawnEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(MembershipState.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(InvitationAcceptedEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(MembershipState.MEMBER));
    }

    @EventSourcingHandler
    void on(InvitationDeclinedEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(MembershipState.DECLINED));
    }

    @EventSourcingHandler
    void on(FoundingAgreementSignedEvent event) {
        status = ConsortiumStatus.FOUNDED;
    }

    @EventSourcingHandler
    void on(MembershipAppliedEvent event) {
        board.put(event.creditCode(), new Standing(event.organization(), MembershipState.APPLIED,
                MemberRole.PARTICIPANT, false));
    }

    @EventSourcingHandler
    void on(ApplicantAdmittedEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(MembershipState.MEMBER).with(event.role()));
    }

    @EventSourcingHandler
    void on(ApplicationRejectedEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(MembershipState.REJECTED));
    }

    @EventSourcingHandler
    void on(MemberRoleChangedEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(event.role()));
    }

    @EventSourcingHandler
    void on(MemberLeftEvent event) {
        board.computeIfPresent(event.creditCode(), (code, s) -> s.with(MembershipState.LEFT));
    }

    @EventSourcingHandler
    void on(ConsortiumRegisteredEvent event) {
        status = ConsortiumStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(ConsortiumDissolvedEvent event) {
        status = ConsortiumStatus.DISSOLVED;
    }
}
