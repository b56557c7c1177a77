package org.clusterhub.subsidy.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.AwardGrantCommand;
import org.clusterhub.subsidy.api.CloseFundingProgrammeCommand;
import org.clusterhub.subsidy.api.ConfirmTrancheConditionCommand;
import org.clusterhub.subsidy.api.FundingProgrammeClosedEvent;
import org.clusterhub.subsidy.api.FundingProgrammeDefinedEvent;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.GrantAwardedEvent;
import org.clusterhub.subsidy.api.GrantId;
import org.clusterhub.subsidy.api.GrantRevisedEvent;
import org.clusterhub.subsidy.api.GrantWithdrawnEvent;
import org.clusterhub.subsidy.api.ProgrammeBudgetRevisedEvent;
import org.clusterhub.subsidy.api.ProgrammeKind;
import org.clusterhub.subsidy.api.RecipientKind;
import org.clusterhub.subsidy.api.RecordTranchePaymentCommand;
import org.clusterhub.subsidy.api.ReviseGrantCommand;
import org.clusterhub.subsidy.api.ReviseProgrammeBudgetCommand;
import org.clusterhub.subsidy.api.SubsidyCluster;
import org.clusterhub.subsidy.api.Tranche;
import org.clusterhub.subsidy.api.TrancheBecamePayableEvent;
import org.clusterhub.subsidy.api.TrancheCondition;
import org.clusterhub.subsidy.api.TranchePaidEvent;
import org.clusterhub.subsidy.api.TranchePlan;
import org.clusterhub.subsidy.api.WithdrawGrantCommand;

/**
 * Random sequences of supervisor actions on one funding programme (grants, revisions, withdrawals, confirmations,
 * payments, budget cuts, closing), many of them refused; after every step the history, folded independently of the
 * aggregate, keeps the programme's money straight: committed never above the budget, paid never above what was
 * committed, no tranche paid twice, the totals each event reports equal to the fold, nothing after closing, and a
 * refused command leaves nothing. Amounts are 万元.
 */
class FundingProgrammeInvariantTest {

    static final FundingProgrammeId PROGRAMME = FundingProgrammeId.forSeedCode("property-2026");
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final List<GrantId> GRANTS = List.of(GrantId.forSeedCode("pg1"), GrantId.forSeedCode("pg2"),
            GrantId.forSeedCode("pg3"), GrantId.forSeedCode("pg4"));
    static final List<BigDecimal> AMOUNTS = List.of(wan("50"), wan("120.50"), wan("250"), wan("400"), wan("700"));

    /** One random step: what to do, to which grant, with which amount choice, in how many parts. */
    record Action(Kind kind, int grant, int amount, int parts, int tranche) {
    }

    enum Kind { AWARD, REVISE, WITHDRAW, CONFIRM, PAY, CUT_BUDGET, RAISE_BUDGET, CLOSE }

    @Provide
    Arbitrary<Action> action() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(6, Kind.AWARD), Tuple.of(3, Kind.REVISE),
                Tuple.of(2, Kind.WITHDRAW), Tuple.of(4, Kind.CONFIRM),
                Tuple.of(6, Kind.PAY), Tuple.of(2, Kind.CUT_BUDGET),
                Tuple.of(1, Kind.RAISE_BUDGET), Tuple.of(1, Kind.CLOSE));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, GRANTS.size() - 1),
                Arbitraries.integers().between(0, AMOUNTS.size() - 1), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 4)).as(Action::new);
    }

    @Property(tries = 150)
    void theProgrammesMoneyStaysStraightAfterEveryStep(
            @ForAll @Size(min = 1, max = 30) List<@From("action") Action> actions) {
        List<Object> history = new ArrayList<>(List.of(new FundingProgrammeDefinedEvent(PROGRAMME, 2026,
                ProgrammeKind.OTHER, "属性测试奖补", null, wan("1000"))));
        for (int step = 0; step < actions.size(); step++) {
            Action action = actions.get(step);
            Ledger before = Ledger.of(history);
            Object command = command(action, before, step);
            List<Object> after = handle(history, command);
            List<Object> added = after.subList(history.size(), after.size());
            Statistics.collect(action.kind(), added.isEmpty() ? "refused" : "accepted");
            if (before.closed) {
                assertThat(added).as("nothing after closing: %s", command).isEmpty();
            }
            history = new ArrayList<>(after);
            Ledger.of(history).check();
        }
    }

    /** Turns a step into a command against the programme as it stands: some are meant to be refused. */
    private static Object command(Action action, Ledger ledger, int step) {
        // Awards pick any id (an existing one is refused); the other steps mostly act on a grant that exists.
        List<GrantId> granted = List.copyOf(ledger.amounts.keySet());
        GrantId grant = action.kind() == Kind.AWARD || granted.isEmpty() || action.parts() == 3
                ? GRANTS.get(action.grant()) : granted.get(action.grant() % granted.size());
        BigDecimal amount = AMOUNTS.get(action.amount());
        return switch (action.kind()) {
            case AWARD -> new AwardGrantCommand(PROGRAMME, grant, RecipientKind.ORGANIZATION, null, null, RAIL, null,
                    amount, "属性测试奖励", split(amount, action.parts()));
            case REVISE -> new ReviseGrantCommand(PROGRAMME, grant, amount,
                    amount.compareTo(ledger.paidOf(grant)) > 0
                            ? split(amount.subtract(ledger.paidOf(grant)), action.parts()) : List.of(),
                    "调整金额");
            case WITHDRAW -> new WithdrawGrantCommand(PROGRAMME, grant, "撤销奖补");
            case CONFIRM -> pick(ledger.confirmable, action)
                    .map(t -> new ConfirmTrancheConditionCommand(PROGRAMME, t.grant(), t.number(), "年度评价合格"))
                    .orElse(new ConfirmTrancheConditionCommand(PROGRAMME, grant, action.tranche(), "年度评价合格"));
            case PAY -> {
                // Now and then the voucher of the step before: refused, a voucher pays once.
                String voucher = "PZ-" + (action.amount() == 0 && step > 0 ? step - 1 : step);
                LocalDate paidOn = LocalDate.of(2026, 6, 1);
                yield pick(ledger.payable, action)
                        .map(t -> new RecordTranchePaymentCommand(PROGRAMME, t.grant(), t.number(), paidOn, voucher,
                                null))
                        .orElse(new RecordTranchePaymentCommand(PROGRAMME, grant, action.tranche(), paidOn, voucher,
                                null));
            }
            // Down to exactly what is committed (allowed), or one below it (refused while anything is committed).
            case CUT_BUDGET -> new ReviseProgrammeBudgetCommand(PROGRAMME, (action.amount() == 0
                    ? ledger.committed.subtract(wan("1")) : ledger.committed).max(wan("0.01")), "压减预算");
            case RAISE_BUDGET -> new ReviseProgrammeBudgetCommand(PROGRAMME, ledger.budget.add(amount), "追加预算");
            case CLOSE -> new CloseFundingProgrammeCommand(PROGRAMME, "年度结束");
        };
    }

    /** Mostly a tranche in the wanted state, now and then (or when there is none) whatever the step names. */
    private static Optional<TrancheRef> pick(Set<TrancheRef> candidates, Action action) {
        if (candidates.isEmpty() || action.parts() == 3) {
            return Optional.empty();
        }
        List<TrancheRef> sorted = candidates.stream().sorted(Comparator.comparing(TrancheRef::toString))
                .toList();
        return Optional.of(sorted.get((action.grant() * 4 + action.tranche()) % sorted.size()));
    }

    record TrancheRef(GrantId grant, int number) {
    }

    /** Even parts; the first takes the cents that do not divide, tranches alternate between on-grant and confirmed. */
    private static List<TranchePlan> split(BigDecimal amount, int parts) {
        BigDecimal part = amount.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
        List<TranchePlan> plans = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            BigDecimal value = i == 0 ? amount.subtract(part.multiply(BigDecimal.valueOf(parts - 1))) : part;
            plans.add(new TranchePlan(value, i % 2 == 0 ? TrancheCondition.ON_GRANT
                    : TrancheCondition.SUPERVISOR_CONFIRMATION, null, i % 2 == 0 ? null : "年度评价合格后拨付"));
        }
        return plans;
    }

    /** The history after the command: the given events, then whatever the aggregate applied (none if refused). */
    private static List<Object> handle(List<Object> history, Object command) {
        FundingProgrammeTest.Directory directory = new FundingProgrammeTest.Directory();
        directory.clusters.put(RAIL, new SubsidyCluster(RAIL, "青岛轨道交通装备产业集群", "Qingdao rail",
                "青岛市轨道交通装备产业协会", City.QINGDAO));
        FixtureConfiguration<FundingProgramme> fixture = new AggregateTestFixture<>(FundingProgramme.class);
        fixture.registerInjectableResource(directory);
        fixture.given(history).when(command);
        return fixture.getEventStore().readEvents(PROGRAMME.toString()).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    static BigDecimal wan(String amount) {
        return new BigDecimal(amount);
    }

    /** The programme's money folded from its events alone, without the aggregate's code. */
    static final class Ledger {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        boolean closed;
        final Map<GrantId, BigDecimal> amounts = new LinkedHashMap<>();
        final Map<GrantId, BigDecimal> paidByGrant = new HashMap<>();
        final Set<String> paidTranches = new HashSet<>();
        final Set<TrancheRef> payable = new HashSet<>();
        final Set<TrancheRef> confirmable = new HashSet<>();
        final List<String> problems = new ArrayList<>();

        static Ledger of(List<Object> history) {
            Ledger ledger = new Ledger();
            history.forEach(ledger::apply);
            return ledger;
        }

        BigDecimal paidOf(GrantId grant) {
            return paidByGrant.getOrDefault(grant, BigDecimal.ZERO);
        }

        private void apply(Object event) {
            if (closed) {
                problems.add("an event after closing: " + event);
            }
            if (event instanceof FundingProgrammeDefinedEvent e) {
                budget = e.budget();
            } else if (event instanceof ProgrammeBudgetRevisedEvent e) {
                budget = e.budget();
            } else if (event instanceof GrantAwardedEvent e) {
                waiting(e.grantId(), e.tranches());
                amounts.put(e.grantId(), e.amount());
                committed = committed.add(e.amount());
                reported("awarded", e.programmeCommitted(), committed);
            } else if (event instanceof GrantRevisedEvent e) {
                payable.removeIf(t -> t.grant().equals(e.grantId()));
                confirmable.removeIf(t -> t.grant().equals(e.grantId()));
                waiting(e.grantId(), e.unpaidTranches());
                committed = committed.subtract(amounts.get(e.grantId())).add(e.amount());
                amounts.put(e.grantId(), e.amount());
                reported("revised", e.programmeCommitted(), committed);
            } else if (event instanceof GrantWithdrawnEvent e) {
                payable.removeIf(t -> t.grant().equals(e.grantId()));
                confirmable.removeIf(t -> t.grant().equals(e.grantId()));
                // What was paid stays committed; the rest goes back to the budget.
                committed = committed.subtract(amounts.get(e.grantId())).add(paidOf(e.grantId()));
                amounts.put(e.grantId(), paidOf(e.grantId()));
                reported("withdrawn", e.programmeCommitted(), committed);
                reported("withdrawn paid", e.paid(), paidOf(e.grantId()));
            } else if (event instanceof TranchePaidEvent e) {
                if (!paidTranches.add(e.grantId() + "#" + e.tranche())) {
                    problems.add("tranche paid twice: " + e.grantId() + "#" + e.tranche());
                }
                payable.remove(new TrancheRef(e.grantId(), e.tranche()));
                paidByGrant.merge(e.grantId(), e.amount(), BigDecimal::add);
                paid = paid.add(e.amount());
                reported("grant paid", e.grantPaid(), paidOf(e.grantId()));
                reported("programme paid", e.programmePaid(), paid);
            } else if (event instanceof TrancheBecamePayableEvent e) {
                confirmable.remove(new TrancheRef(e.grantId(), e.tranche()));
                payable.add(new TrancheRef(e.grantId(), e.tranche()));
            } else if (event instanceof FundingProgrammeClosedEvent e) {
                reported("closed paid", e.paid(), paid);
                closed = true;
            }
            if (committed.compareTo(budget) > 0) {
                problems.add("committed " + committed + " above the budget " + budget + " after " + event);
            }
            if (paid.compareTo(committed) > 0) {
                problems.add("paid " + paid + " above committed " + committed + " after " + event);
            }
            amounts.forEach((grant, amount) -> {
                if (paidOf(grant).compareTo(amount) > 0) {
                    problems.add("grant " + grant + " paid " + paidOf(grant) + " above its amount " + amount);
                }
            });
        }

        private void waiting(GrantId grant, List<Tranche> tranches) {
            tranches.stream().filter(t -> t.condition() == TrancheCondition.SUPERVISOR_CONFIRMATION)
                    .forEach(t -> confirmable.add(new TrancheRef(grant, t.number())));
        }

        private void reported(String what, BigDecimal reported, BigDecimal folded) {
            if (reported == null || reported.compareTo(folded) != 0) {
                problems.add(what + ": the event says " + reported + ", the history adds up to " + folded);
            }
        }

        void check() {
            assertThat(problems).isEmpty();
        }
    }
}
