package org.clusterhub.project.command;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh {@link AggregateTestFixture} for each test, its clock at {@link ProjectTestData#NOW}: due dates and "not in
 * the past" checks depend on the day, so every run sees the same day.
 */
abstract class ProjectFixtureTest {

    protected FixtureConfiguration<Project> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    protected TestExecutor<Project> given(List<Object> events) {
        return fixture.givenCurrentTime(ProjectTestData.NOW).andGiven(events);
    }
}
