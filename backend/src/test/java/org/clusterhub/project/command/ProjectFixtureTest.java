package org.clusterhub.project.command;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh {@link AggregateTestFixture} for each scenario, its clock at {@link ProjectTestData#NOW}: due dates and "not
 * in the past" checks depend on the day, so every run sees the same day. A test may run several scenarios; each
 * {@link #given} starts from a new fixture, because the fixture's deadline manager keeps what earlier ones scheduled.
 */
abstract class ProjectFixtureTest {

    protected FixtureConfiguration<Project> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    protected TestExecutor<Project> given(List<Object> events) {
        createFixture();
        return fixture.givenCurrentTime(ProjectTestData.NOW).andGiven(events);
    }
}
