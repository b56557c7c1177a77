package org.clusterhub.activity.command;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;

/** A fresh fixture per scenario, its clock at {@link ActivityTestData#NOW} unless the test moves it. */
abstract class ActivityFixtureTest {

    protected FixtureConfiguration<Activity> fixture;

    protected TestExecutor<Activity> given(List<Object> events) {
        return givenAt(ActivityTestData.NOW, events);
    }

    protected TestExecutor<Activity> givenAt(java.time.Instant now, List<Object> events) {
        fixture = new AggregateTestFixture<>(Activity.class);
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    protected FixtureConfiguration<Activity> fresh() {
        fixture = new AggregateTestFixture<>(Activity.class);
        return fixture;
    }
}
