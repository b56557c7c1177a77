package org.clusterhub.app.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.shared.Role;
import org.clusterhub.subsidy.api.*;

/**
 * Many supervisors grant from one programme at the same moment, through one or several nodes' command gateways: each
 * grant either fits the budget and is stored, or is refused as over budget; a lost append race on the store's
 * (aggregate, sequence) key is sent again, as the REST API and the screens do. Afterwards the stored events prove
 * the invariant: committed = the sum of the stored grants <= budget, every grant stored once, no sequence number
 * lost or repeated.
 */
public final class ConcurrentGrants {

    public static final Actor SUPERVISOR = new Actor("u-supervisor", "supervisor", "省工信厅 督导员", Role.SUPERVISOR,
            Set.of(), City.JINAN, "山东省工业和信息化厅");

    /** What happened to each of the grants sent. */
    public record Outcome(FundingProgrammeId programmeId, BigDecimal budget, List<AwardGrantCommand> accepted,
                          List<AwardGrantCommand> refused, int racesLost) {
    }

    private ConcurrentGrants() {
    }

    public static FundingProgrammeId define(CommandGateway gateway, String budget) {
        FundingProgrammeId programmeId = FundingProgrammeId.create();
        send(gateway, new DefineFundingProgrammeCommand(programmeId, 2026, ProgrammeKind.OTHER, "并发奖补测试资金",
                null, new BigDecimal(budget)));
        return programmeId;
    }

    /** Grant {@code i} asks for 10 + i 万元 (to 10.00 .. 49.00 for 40), from gateway {@code i % gateways.size()}. */
    public static Outcome grantAtOnce(List<CommandGateway> gateways, FundingProgrammeId programmeId, String budget,
                                      int grants) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(grants, 20));
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger races = new AtomicInteger();
        List<Future<Boolean>> results = new ArrayList<>();
        List<AwardGrantCommand> commands = new ArrayList<>();
        for (int i = 0; i < grants; i++) {
            BigDecimal amount = new BigDecimal(10 + i).setScale(2);
            AwardGrantCommand command = new AwardGrantCommand(programmeId, GrantId.create(),
                    RecipientKind.ORGANIZATION, null, "并发测试企业" + i, null, City.values()[i % City.values().length],
                    amount, "并发奖补 " + i, List.of(new TranchePlan(amount, TrancheCondition.ON_GRANT, null, null)));
            commands.add(command);
            CommandGateway gateway = gateways.get(i % gateways.size());
            results.add(pool.submit(() -> {
                start.await();
                return sendRetryingLostRaces(gateway, command, races);
            }));
        }
        start.countDown();
        List<AwardGrantCommand> accepted = new ArrayList<>();
        List<AwardGrantCommand> refused = new ArrayList<>();
        for (int i = 0; i < grants; i++) {
            (results.get(i).get(120, TimeUnit.SECONDS) ? accepted : refused).add(commands.get(i));
        }
        pool.shutdown();
        return new Outcome(programmeId, new BigDecimal(budget).setScale(2), accepted, refused, races.get());
    }

    /** True when stored; false when the programme refused it as over budget. */
    private static boolean sendRetryingLostRaces(CommandGateway gateway, AwardGrantCommand command,
                                                 AtomicInteger races) {
        for (int attempt = 1; ; attempt++) {
            try {
                send(gateway, command);
                return true;
            } catch (RuntimeException e) {
                Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
                if (cause instanceof DomainRuleViolation rule && rule.messageKey().equals("subsidy.error.overBudget")) {
                    return false;
                }
                boolean lostRace = cause instanceof ConcurrencyException
                        && !(cause instanceof ConflictingAggregateVersionException);
                if (!lostRace || attempt == 20) {
                    throw e;
                }
                races.incrementAndGet();
            }
        }
    }

    /** The invariant, proven from the programme's stored events. */
    public static void assertInvariantHolds(EventStore eventStore, Outcome outcome) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(outcome.programmeId().toString(), 0L)
                .asStream().toList();
        List<GrantAwardedEvent> awarded = events.stream().map(DomainEventMessage::getPayload)
                .filter(GrantAwardedEvent.class::isInstance).map(GrantAwardedEvent.class::cast).toList();
        BigDecimal sumOfAccepted = outcome.accepted().stream().map(AwardGrantCommand::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        assertThat(outcome.accepted()).as("some grants fit, some do not").isNotEmpty();
        assertThat(outcome.refused()).isNotEmpty();
        assertThat(awarded).as("every accepted grant stored once, no refused one")
                .extracting(GrantAwardedEvent::grantId)
                .containsExactlyInAnyOrderElementsOf(outcome.accepted().stream().map(AwardGrantCommand::grantId)
                        .toList());
        BigDecimal committed = awarded.get(awarded.size() - 1).programmeCommitted();
        assertThat(committed).isEqualByComparingTo(sumOfAccepted);
        assertThat(committed).isLessThanOrEqualTo(outcome.budget());
        // The running total never passed the budget, and each refused grant really did not fit when refused.
        BigDecimal running = BigDecimal.ZERO;
        for (GrantAwardedEvent event : awarded) {
            running = running.add(event.amount());
            assertThat(event.programmeCommitted()).isEqualByComparingTo(running);
            assertThat(running).isLessThanOrEqualTo(outcome.budget());
        }
        BigDecimal smallestRefused = outcome.refused().stream().map(AwardGrantCommand::amount)
                .min(BigDecimal::compareTo).orElseThrow();
        assertThat(committed.add(smallestRefused)).as("the smallest refused grant did not fit at the end either")
                .isGreaterThan(outcome.budget());
        // Sequence numbers 0..n-1: nothing lost, nothing stored twice.
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, events.size()).boxed().toList());
        assertThat(events).hasSize(1 + 2 * outcome.accepted().size());
        assertThat(events.stream().map(DomainEventMessage::getIdentifier).collect(Collectors.toSet()))
                .hasSize(events.size());
    }

    /** The programme's read model once it has {@code version}; the query's own wait is short, a loaded CI is slow. */
    public static FundingProgrammeView awaitProgramme(QueryGateway queries, FundingProgrammeId id, long version) {
        return ReadModelWait.until(() -> queries.query(new FindFundingProgrammeQuery(id, version),
                        ResponseTypes.optionalInstanceOf(FundingProgrammeView.class)).join(),
                view -> view.version() >= version, Duration.ofSeconds(60)).orElseThrow();
    }

    public static void send(CommandGateway gateway, Object command) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(SUPERVISOR)),
                30, TimeUnit.SECONDS);
    }
}
