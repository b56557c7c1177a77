package org.clusterhub.challenge.command;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;

/**
 * A fresh {@link AggregateTestFixture} per scenario with its clock at {@link ChallengeTestData#NOW}: the fixture's
 * deadline manager keeps what earlier scenarios scheduled, so each {@link #given} starts a new one.
 */
abstract class ChallengeFixtureTest {

    protected FixtureConfiguration<Challenge> fixture;

    protected TestExecutor<Challenge> given(List<Object> events) {
        fixture = new AggregateTestFixture<>(Challenge.class);
        return fixture.givenCurrentTime(ChallengeTestData.NOW).andGiven(events);
    }

    /** Posted through the command, so that the bid deadline is scheduled, then {@code more} events. */
    protected TestExecutor<Challenge> givenPostedCommand(Object... more) {
        fixture = new AggregateTestFixture<>(Challenge.class);
        return fixture.givenCurrentTime(ChallengeTestData.NOW).andGivenCommands(ChallengeTestData.post())
                .andGiven(List.of(more));
    }

    protected TestExecutor<Challenge> givenNothing() {
        fixture = new AggregateTestFixture<>(Challenge.class);
        return fixture.givenCurrentTime(ChallengeTestData.NOW).andGiven(List.of());
    }
}
