package org.clusterhub.operations.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.clusterhub.operations.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * One rebuild of a read model at a time, only of read models that may be rebuilt, and a run whose node went silent
 * for five minutes closed as abandoned when the next one starts.
 */
class ReadModelRebuildTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final String PROCESSOR = "cluster-catalog";
    static final ReadModelRebuildId ID = ReadModelRebuildId.forProcessor(PROCESSOR);
    static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID NEXT = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final Actor SUPERVISOR = new Actor("u-sup", "supervisor", "省工信厅", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");

    private FixtureConfiguration<ReadModelRebuild> fixture;

    private TestExecutor<ReadModelRebuild> givenAt(Instant now, Object... events) {
        fixture = new AggregateTestFixture<>(ReadModelRebuild.class);
        RebuildableReadModels readModels = processor -> switch (processor) {
            case "cluster-catalog", "project-catalog" -> Optional.empty();
            case "subsidy-conditions" -> Optional.of("operations.readModels.reason.sendsCommands");
            default -> Optional.of("operations.readModels.reason.unknown");
        };
        fixture.registerInjectableResource(readModels);
        return fixture.givenCurrentTime(now).andGiven(List.of(events));
    }

    private static MetaData asSupervisor() {
        return ActorMetaData.of(SUPERVISOR);
    }

    private static MetaData asSystem() {
        return ActorMetaData.of(Actor.SYSTEM);
    }

    static ReadModelRebuildStartedEvent started(UUID run, Instant at) {
        return new ReadModelRebuildStartedEvent(ID, run, PROCESSOR, "supervisor", at);
    }

    @Test
    void aSupervisorStartsTheFirstRebuildOfAReadModel() {
        givenAt(NOW).when(new StartReadModelRebuildCommand(ID, RUN, PROCESSOR), asSupervisor())
                .expectSuccessfulHandlerExecution()
                .expectEvents(started(RUN, NOW));
    }

    @Test
    void aReadModelThatSendsCommandsOrIsUnknownIsNotRebuilt() {
        ReadModelRebuildId conditions = ReadModelRebuildId.forProcessor("subsidy-conditions");
        givenAt(NOW).when(new StartReadModelRebuildCommand(conditions, RUN, "subsidy-conditions"), asSupervisor())
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("operations.error.notRebuildable"))
                .expectNoEvents();
        ReadModelRebuildId unknown = ReadModelRebuildId.forProcessor("no-such-thing");
        givenAt(NOW).when(new StartReadModelRebuildCommand(unknown, RUN, "no-such-thing"), asSupervisor())
                .expectException(DomainRuleViolation.class).expectNoEvents();
    }

    @Test
    void theIdMustBeTheProcessorsOwn() {
        givenAt(NOW).when(new StartReadModelRebuildCommand(ID, RUN, "project-catalog"), asSupervisor())
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("operations.error.wrongRebuild"))
                .expectNoEvents();
    }

    @Test
    void aSecondRebuildWaitsUntilTheFirstHasEnded() {
        givenAt(NOW, started(RUN, NOW.minusSeconds(30)),
                new ReadModelRebuildProgressedEvent(ID, RUN, PROCESSOR, RebuildPhase.READING, 10, 100,
                        NOW.minusSeconds(10)))
                .when(new StartReadModelRebuildCommand(ID, NEXT, PROCESSOR), asSupervisor())
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("operations.error.rebuildRunning"))
                .expectNoEvents();
    }

    @Test
    void aRebuildThatEndedLetsTheNextOneStart() {
        givenAt(NOW, started(RUN, NOW.minusSeconds(60)),
                new ReadModelRebuildCompletedEvent(ID, RUN, PROCESSOR, 1000, 50, List.of("clusters"),
                        NOW.minusSeconds(50)))
                .when(new StartReadModelRebuildCommand(ID, NEXT, PROCESSOR), asSupervisor())
                .expectEvents(started(NEXT, NOW));
    }

    @Test
    void aSilentRunIsClosedAsAbandonedWhenTheNextStarts() {
        Instant longAgo = NOW.minus(ReadModelRebuild.ABANDONED_AFTER).minusSeconds(1);
        givenAt(NOW, started(RUN, longAgo))
                .when(new StartReadModelRebuildCommand(ID, NEXT, PROCESSOR), asSupervisor())
                .expectEvents(new ReadModelRebuildFailedEvent(ID, RUN, PROCESSOR, "abandoned", NOW),
                        started(NEXT, NOW));
    }

    @Test
    void progressCompletionAndFailureBelongToTheRunningRun() {
        givenAt(NOW, started(RUN, NOW.minusSeconds(5)))
                .when(new RecordReadModelRebuildProgressCommand(ID, RUN, RebuildPhase.CATCHING_UP, 90, 100),
                        asSystem())
                .expectEvents(new ReadModelRebuildProgressedEvent(ID, RUN, PROCESSOR, RebuildPhase.CATCHING_UP, 90,
                        100, NOW));
        givenAt(NOW, started(RUN, NOW.minusSeconds(5)))
                .when(new CompleteReadModelRebuildCommand(ID, RUN, 100, 4000, List.of("clusters")), asSystem())
                .expectEvents(new ReadModelRebuildCompletedEvent(ID, RUN, PROCESSOR, 100, 4000,
                        List.of("clusters"), NOW));
        givenAt(NOW, started(RUN, NOW.minusSeconds(5)))
                .when(new FailReadModelRebuildCommand(ID, RUN, "boom"), asSystem())
                .expectEvents(new ReadModelRebuildFailedEvent(ID, RUN, PROCESSOR, "boom", NOW));
        givenAt(NOW, started(RUN, NOW.minusSeconds(5)))
                .when(new CompleteReadModelRebuildCommand(ID, NEXT, 100, 4000, List.of()), asSystem())
                .expectException(DomainRuleViolation.class).expectNoEvents();
        givenAt(NOW, started(RUN, NOW.minusSeconds(5)),
                new ReadModelRebuildFailedEvent(ID, RUN, PROCESSOR, "boom", NOW.minusSeconds(1)))
                .when(new FailReadModelRebuildCommand(ID, RUN, "again"), asSystem())
                .expectException(DomainRuleViolation.class).expectNoEvents();
    }
}
