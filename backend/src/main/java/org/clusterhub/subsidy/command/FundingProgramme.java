package org.clusterhub.subsidy.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.subsidy.api.*;

/**
 * A funding programme of one year (奖补资金) with its budget and every grant made within it. The programme is the
 * consistency boundary of the money: its committed total (what its grants promise) and paid total never exceed its
 * budget, a plain check here, because every grant, revision, withdrawal and payment of the programme is a command to
 * this one aggregate. Axon handles one command per aggregate at a time on a node, and the event store's unique
 * (aggregate, sequence) key turns a concurrent append by another node into a concurrency failure that the sender
 * retries against the new state: two grants can never both spend the same remaining budget.
 *
 * <p>State is what decisions need: the budget and totals, and per grant its amount, recipient, tranches and their
 * states. Amounts are 万元 with two decimals, as in the project context.
 *
 * @see <a href="../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
@Aggregate
class FundingProgramme {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @AggregateIdentifier
    private FundingProgrammeId programmeId;
    private int year;
    private ProgrammeKind kind;
    private ProgrammeStatus status;
    private BigDecimal budget;
    private BigDecimal committed;
    private BigDecimal paid;
    private final Map<GrantId, Grant> grants = new LinkedHashMap<>();
    private final Set<String> vouchers = new HashSet<>();

    /** Required by Axon to rebuild the programme from its events before handling a command. */
    FundingProgramme() {
    }

    /**
     * A grant as the programme's decisions need it. Immutable (replaced by the event-sourcing handlers), so that
     * Axon's test fixture can compare the state a command built with the state its events rebuild.
     */
    private record Grant(RecipientKind recipientKind, ProjectId projectId, String organization, ClusterId clusterId,
                         City city, BigDecimal amount, BigDecimal paid, boolean withdrawn, int lastNumber,
                         Map<Integer, TrancheEntry> tranches) {

        GrantState state() {
            if (withdrawn) {
                return GrantState.WITHDRAWN;
            }
            return paid.compareTo(amount) >= 0 ? GrantState.SETTLED : GrantState.ACTIVE;
        }

        /** The tranches with those not paid cancelled, and {@code added} after them. */
        Map<Integer, TrancheEntry> cancellingUnpaid(List<Tranche> added) {
            Map<Integer, TrancheEntry> result = new LinkedHashMap<>();
            tranches.forEach((number, entry) -> result.put(number, entry.state() == TrancheState.PAID ? entry
                    : new TrancheEntry(entry.terms(), TrancheState.CANCELLED)));
            added.forEach(t -> result.put(t.number(), new TrancheEntry(t, TrancheState.WAITING)));
            return result;
        }

        Grant withTranche(int number, TrancheState state) {
            Map<Integer, TrancheEntry> result = new LinkedHashMap<>(tranches);
            result.put(number, new TrancheEntry(tranches.get(number).terms(), state));
            return new Grant(recipientKind, projectId, organization, clusterId, city, amount, paid, withdrawn,
                    lastNumber, result);
        }
    }

    private record TrancheEntry(Tranche terms, TrancheState state) {
    }

    // ---- the programme ---------------------------------------------------------------------------------------------

    @CommandHandler
    FundingProgramme(DefineFundingProgrammeCommand command) {
        apply(new FundingProgrammeDefinedEvent(command.programmeId(), command.year(), command.kind(),
                command.name().strip(), blankToNull(command.description()), positive(command.budget(), "budget")));
    }

    @CommandHandler
    void handle(ReviseProgrammeBudgetCommand command) {
        requireOpen();
        BigDecimal revised = positive(command.budget(), "budget");
        if (revised.compareTo(budget) == 0) {
            throw new DomainRuleViolation("subsidy.error.budgetUnchanged", "budget");
        }
        if (revised.compareTo(committed) < 0) {
            throw new DomainRuleViolation("subsidy.error.budgetBelowCommitted", "budget", committed);
        }
        apply(new ProgrammeBudgetRevisedEvent(programmeId, year, budget, revised, committed,
                command.reason().strip()));
    }

    @CommandHandler
    void handle(CloseFundingProgrammeCommand command) {
        requireOpen();
        long outstanding = grants.values().stream().filter(g -> g.state() == GrantState.ACTIVE).count();
        if (outstanding > 0) {
            throw new DomainRuleViolation("subsidy.error.grantsOutstanding", null, outstanding);
        }
        apply(new FundingProgrammeClosedEvent(programmeId, year, budget, paid, budget.subtract(paid),
                command.reason().strip()));
    }

    // ---- grants ----------------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AwardGrantCommand command, SubsidyDirectory directory) {
        requireOpen();
        if (grants.containsKey(command.grantId())) {
            throw new DomainRuleViolation("subsidy.error.duplicateGrant", "grantId");
        }
        Recipient recipient = recipient(command, directory);
        BigDecimal amount = positive(command.amount(), "amount");
        List<Tranche> tranches = plan(command.tranches(), 0, ZERO, amount, recipient.project() != null,
                milestoneId -> milestoneTitle(recipient.project(), milestoneId), "tranches");
        BigDecimal after = committed.add(amount);
        if (after.compareTo(budget) > 0) {
            throw new DomainRuleViolation("subsidy.error.overBudget", "amount", amount, budget.subtract(committed));
        }
        apply(new GrantAwardedEvent(programmeId, year, command.grantId(), command.recipientKind(),
                recipient.projectId(), recipient.projectTitle(), recipient.organization(), recipient.clusterId(),
                recipient.city(), amount, command.purpose().strip(), tranches, after));
        payableOnGrant(command.grantId(), tranches);
    }

    @CommandHandler
    void handle(ReviseGrantCommand command, SubsidyDirectory directory) {
        requireOpen();
        Grant grant = requireGrant(command.grantId());
        if (grant.withdrawn()) {
            throw new DomainRuleViolation("subsidy.error.grantWithdrawn", "grantId");
        }
        BigDecimal amount = positive(command.amount(), "amount");
        if (amount.compareTo(grant.paid()) < 0) {
            throw new DomainRuleViolation("subsidy.error.belowPaid", "amount", grant.paid());
        }
        SubsidyProject project = grant.projectId() == null ? null : directory.project(grant.projectId()).orElse(null);
        List<Tranche> unpaid = plan(command.unpaidTranches(), grant.lastNumber(), grant.paid(), amount,
                grant.recipientKind() == RecipientKind.PROJECT,
                milestoneId -> project != null ? milestoneTitle(project, milestoneId) : grant.tranches().values()
                        .stream().map(TrancheEntry::terms).filter(t -> milestoneId.equals(t.milestoneId()))
                        .map(Tranche::milestoneTitle).findFirst(), "unpaidTranches");
        BigDecimal after = committed.subtract(grant.amount()).add(amount);
        if (after.compareTo(budget) > 0) {
            throw new DomainRuleViolation("subsidy.error.overBudget", "amount", amount.subtract(grant.amount()),
                    budget.subtract(committed));
        }
        apply(new GrantRevisedEvent(programmeId, year, command.grantId(), grant.projectId(), grant.organization(),
                grant.clusterId(), grant.city(), grant.amount(), amount, unpaid, command.reason().strip(), after));
        payableOnGrant(command.grantId(), unpaid);
    }

    @CommandHandler
    void handle(WithdrawGrantCommand command) {
        requireOpen();
        Grant grant = requireGrant(command.grantId());
        if (grant.withdrawn()) {
            throw new DomainRuleViolation("subsidy.error.grantWithdrawn", "grantId");
        }
        if (grant.state() == GrantState.SETTLED) {
            throw new DomainRuleViolation("subsidy.error.nothingToWithdraw", "grantId", grant.paid());
        }
        BigDecimal released = grant.amount().subtract(grant.paid());
        apply(new GrantWithdrawnEvent(programmeId, year, command.grantId(), grant.projectId(), grant.organization(),
                grant.clusterId(), grant.city(), grant.amount(), grant.paid(), released, command.reason().strip(),
                committed.subtract(released)));
    }

    // ---- tranches --------------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ConfirmTrancheConditionCommand command) {
        requireOpen();
        Grant grant = requireGrant(command.grantId());
        TrancheEntry tranche = requireTranche(grant, command.tranche());
        if (tranche.terms().condition() != TrancheCondition.SUPERVISOR_CONFIRMATION) {
            throw new DomainRuleViolation("subsidy.error.notConfirmable", "tranche");
        }
        if (tranche.state() != TrancheState.WAITING) {
            throw new DomainRuleViolation("subsidy.error.trancheNotWaiting", "tranche", tranche.state());
        }
        applyPayable(command.grantId(), grant, tranche.terms(), command.note().strip());
    }

    /** Idempotent: a condition met again (a redelivered project event) finds no tranche waiting for it. */
    @CommandHandler
    void handle(RecordProjectConditionCommand command) {
        if (!command.condition().followsProject()) {
            throw new DomainRuleViolation("subsidy.error.notAProjectCondition", "condition");
        }
        Grant grant = requireGrant(command.grantId());
        if (status != ProgrammeStatus.OPEN || grant.state() != GrantState.ACTIVE) {
            return;
        }
        for (TrancheEntry tranche : List.copyOf(grant.tranches().values())) {
            boolean waitsForIt = tranche.state() == TrancheState.WAITING
                    && tranche.terms().condition() == command.condition()
                    && (command.condition() != TrancheCondition.MILESTONE_COMPLETED
                    || tranche.terms().milestoneId().equals(command.milestoneId()));
            if (waitsForIt) {
                applyPayable(command.grantId(), grant, tranche.terms(), command.evidence());
            }
        }
    }

    @CommandHandler
    void handle(RecordTranchePaymentCommand command) {
        requireOpen();
        Grant grant = requireGrant(command.grantId());
        TrancheEntry tranche = requireTranche(grant, command.tranche());
        switch (tranche.state()) {
            case PAID -> throw new DomainRuleViolation("subsidy.error.alreadyPaid", "tranche");
            case CANCELLED -> throw new DomainRuleViolation("subsidy.error.trancheCancelled", "tranche");
            case WAITING -> throw new DomainRuleViolation("subsidy.error.trancheNotPayable", "tranche");
            case PAYABLE -> {
                // the one state in which money may go out
            }
        }
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ReportingPeriod.SHANGHAI);
        if (command.paidOn().isAfter(today)) {
            throw new DomainRuleViolation("subsidy.error.paidInFuture", "paidOn");
        }
        String voucher = command.voucher().strip();
        if (vouchers.contains(voucher)) {
            throw new DomainRuleViolation("subsidy.error.duplicateVoucher", "voucher", voucher);
        }
        BigDecimal amount = tranche.terms().amount();
        apply(new TranchePaidEvent(programmeId, year, command.grantId(), tranche.terms().number(), amount,
                command.paidOn(), voucher, blankToNull(command.note()), grant.recipientKind(), grant.projectId(),
                grant.organization(), grant.clusterId(), grant.city(), grant.paid().add(amount), paid.add(amount)));
    }

    // ---- decisions' helpers ----------------------------------------------------------------------------------------

    private record Recipient(ProjectId projectId, String projectTitle, String organization, ClusterId clusterId,
                             City city, SubsidyProject project) {
    }

    /** Who the grant goes to, from the directory's facts rather than the caller's, and whether the programme allows. */
    private Recipient recipient(AwardGrantCommand command, SubsidyDirectory directory) {
        if (command.recipientKind() == RecipientKind.PROJECT) {
            if (kind == ProgrammeKind.NATIONAL_CLUSTER_AWARD || kind == ProgrammeKind.NATIONAL_ZONE_AWARD) {
                throw new DomainRuleViolation("subsidy.error.organizationProgramme", "recipientKind");
            }
            if (command.projectId() == null) {
                throw new DomainRuleViolation("subsidy.error.projectMissing", "projectId");
            }
            if (command.organization() != null && !command.organization().isBlank() || command.clusterId() != null
                    || command.city() != null) {
                throw new DomainRuleViolation("subsidy.error.projectRecipientFixed", "organization");
            }
            SubsidyProject project = directory.project(command.projectId()).orElseThrow(
                    () -> new DomainRuleViolation("subsidy.error.unknownProject", "projectId"));
            if (!project.inLibrary()) {
                throw new DomainRuleViolation("subsidy.error.projectNotInLibrary", "projectId");
            }
            boolean granted = grants.values().stream().anyMatch(g -> !g.withdrawn()
                    && project.projectId().equals(g.projectId()));
            if (granted) {
                throw new DomainRuleViolation("subsidy.error.projectAlreadyGranted", "projectId");
            }
            return new Recipient(project.projectId(), project.title(), project.leadOrganization(),
                    project.clusterId(), project.city(), project);
        }
        if (kind == ProgrammeKind.PROJECT_SUBSIDY) {
            throw new DomainRuleViolation("subsidy.error.projectProgramme", "recipientKind");
        }
        if (command.projectId() != null) {
            throw new DomainRuleViolation("subsidy.error.projectForOrganization", "projectId");
        }
        if (kind == ProgrammeKind.NATIONAL_CLUSTER_AWARD && command.clusterId() == null) {
            throw new DomainRuleViolation("subsidy.error.clusterMissing", "clusterId");
        }
        String organization = blankToNull(command.organization());
        City city = command.city();
        if (command.clusterId() != null) {
            SubsidyCluster cluster = directory.cluster(command.clusterId()).orElseThrow(
                    () -> new DomainRuleViolation("subsidy.error.unknownCluster", "clusterId"));
            organization = organization != null ? organization : cluster.promotionOrganization();
            city = city != null ? city : cluster.centerCity();
        }
        if (organization == null) {
            throw new DomainRuleViolation("subsidy.error.organizationMissing", "organization");
        }
        if (city == null) {
            throw new DomainRuleViolation("subsidy.error.cityMissing", "city");
        }
        return new Recipient(null, null, organization, command.clusterId(), city, null);
    }

    /**
     * The tranches as recorded: numbered after {@code lastNumber}, each amount positive, adding up with
     * {@code alreadyPaid} to {@code amount}; project conditions only for a project, a milestone of that project for a
     * milestone condition, a note for a supervisor's confirmation.
     *
     * @param milestoneTitles the title of a milestone of the grant's project, by id; empty for an unknown one
     */
    private static List<Tranche> plan(List<TranchePlan> plans, int lastNumber, BigDecimal alreadyPaid,
                                      BigDecimal amount, boolean forProject,
                                      Function<String, Optional<String>> milestoneTitles, String field) {
        List<Tranche> tranches = new ArrayList<>();
        BigDecimal sum = alreadyPaid;
        for (int i = 0; i < plans.size(); i++) {
            TranchePlan plan = plans.get(i);
            String at = field + "[" + i + "]";
            BigDecimal trancheAmount = positive(plan.amount(), at + ".amount");
            sum = sum.add(trancheAmount);
            TrancheCondition condition = plan.condition();
            if (condition.followsProject() && !forProject) {
                throw new DomainRuleViolation("subsidy.error.conditionNeedsProject", at + ".condition");
            }
            String milestoneId = null;
            String milestoneTitle = null;
            if (condition == TrancheCondition.MILESTONE_COMPLETED) {
                milestoneId = blankToNull(plan.milestoneId());
                if (milestoneId == null) {
                    throw new DomainRuleViolation("subsidy.error.milestoneMissing", at + ".milestoneId");
                }
                milestoneTitle = milestoneTitles.apply(milestoneId).orElseThrow(
                        () -> new DomainRuleViolation("subsidy.error.unknownMilestone", at + ".milestoneId"));
            }
            String note = blankToNull(plan.note());
            if (condition == TrancheCondition.SUPERVISOR_CONFIRMATION && note == null) {
                throw new DomainRuleViolation("subsidy.error.conditionNoteMissing", at + ".note");
            }
            tranches.add(new Tranche(lastNumber + i + 1, trancheAmount, condition, milestoneId, milestoneTitle, note));
        }
        if (sum.compareTo(amount) != 0) {
            throw new DomainRuleViolation("subsidy.error.tranchesDoNotAddUp", field, sum, amount);
        }
        return tranches;
    }

    private static Optional<String> milestoneTitle(SubsidyProject project, String milestoneId) {
        return project == null ? Optional.empty() : project.milestones().stream()
                .filter(m -> m.milestoneId().equals(milestoneId)).map(SubsidyMilestone::title).findFirst();
    }

    private void payableOnGrant(GrantId grantId, List<Tranche> tranches) {
        for (Tranche tranche : tranches) {
            if (tranche.condition() == TrancheCondition.ON_GRANT) {
                applyPayable(grantId, grants.get(grantId), tranche, null);
            }
        }
    }

    private void applyPayable(GrantId grantId, Grant grant, Tranche tranche, String evidence) {
        apply(new TrancheBecamePayableEvent(programmeId, year, grantId, tranche.number(), tranche.amount(),
                tranche.condition(), blankToNull(evidence), grant.projectId(), grant.organization(), grant.clusterId(),
                grant.city()));
    }

    private void requireOpen() {
        if (status != ProgrammeStatus.OPEN) {
            throw new DomainRuleViolation("subsidy.error.closed", null);
        }
    }

    private Grant requireGrant(GrantId grantId) {
        Grant grant = grants.get(grantId);
        if (grant == null) {
            throw new DomainRuleViolation("subsidy.error.unknownGrant", "grantId");
        }
        return grant;
    }

    private static TrancheEntry requireTranche(Grant grant, int number) {
        TrancheEntry tranche = grant.tranches().get(number);
        if (tranche == null) {
            throw new DomainRuleViolation("subsidy.error.unknownTranche", "tranche", number);
        }
        return tranche;
    }

    /** Two decimals (万元), as the project context keeps money; zero or less is refused. */
    private static BigDecimal positive(BigDecimal amount, String field) {
        if (amount == null || amount.signum() <= 0) {
            throw new DomainRuleViolation("subsidy.error.amountNotPositive", field);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- state -----------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(FundingProgrammeDefinedEvent event) {
        programmeId = event.programmeId();
        year = event.year();
        kind = event.kind();
        status = ProgrammeStatus.OPEN;
        budget = event.budget();
        committed = ZERO;
        paid = ZERO;
    }

    @EventSourcingHandler
    void on(ProgrammeBudgetRevisedEvent event) {
        budget = event.budget();
    }

    @EventSourcingHandler
    void on(FundingProgrammeClosedEvent event) {
        status = ProgrammeStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(GrantAwardedEvent event) {
        Map<Integer, TrancheEntry> tranches = new LinkedHashMap<>();
        event.tranches().forEach(t -> tranches.put(t.number(), new TrancheEntry(t, TrancheState.WAITING)));
        grants.put(event.grantId(), new Grant(event.recipientKind(), event.projectId(), event.organization(),
                event.clusterId(), event.city(), event.amount(), ZERO, false,
                event.tranches().stream().mapToInt(Tranche::number).max().orElse(0), tranches));
        committed = event.programmeCommitted();
    }

    @EventSourcingHandler
    void on(GrantRevisedEvent event) {
        Grant grant = grants.get(event.grantId());
        int last = Math.max(grant.lastNumber(),
                event.unpaidTranches().stream().mapToInt(Tranche::number).max().orElse(0));
        grants.put(event.grantId(), new Grant(grant.recipientKind(), grant.projectId(), grant.organization(),
                grant.clusterId(), grant.city(), event.amount(), grant.paid(), false, last,
                grant.cancellingUnpaid(event.unpaidTranches())));
        committed = event.programmeCommitted();
    }

    @EventSourcingHandler
    void on(GrantWithdrawnEvent event) {
        Grant grant = grants.get(event.grantId());
        grants.put(event.grantId(), new Grant(grant.recipientKind(), grant.projectId(), grant.organization(),
                grant.clusterId(), grant.city(), grant.amount(), grant.paid(), true, grant.lastNumber(),
                grant.cancellingUnpaid(List.of())));
        committed = event.programmeCommitted();
    }

    @EventSourcingHandler
    void on(TrancheBecamePayableEvent event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.withTranche(event.tranche(),
                TrancheState.PAYABLE));
    }

    @EventSourcingHandler
    void on(TranchePaidEvent event) {
        Grant grant = grants.get(event.grantId()).withTranche(event.tranche(), TrancheState.PAID);
        grants.put(event.grantId(), new Grant(grant.recipientKind(), grant.projectId(), grant.organization(),
                grant.clusterId(), grant.city(), grant.amount(), event.grantPaid(), grant.withdrawn(),
                grant.lastNumber(), grant.tranches()));
        paid = event.programmePaid();
        vouchers.add(event.voucher());
    }
}
