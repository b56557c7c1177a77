package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusterhub.app.infrastructure.DeadlineProbe.ProbeFired;
import org.clusterhub.app.infrastructure.DeadlineProbe.ScheduleProbe;
import org.clusterhub.app.infrastructure.ScheduledDeadlines.Scheduled;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadlines outlive the node that scheduled them: one that fell due while the node was down fires once when it is
 * back (on the same H2 file), and a project deadline days away is still there with its time and payload.
 */
class DeadlineRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void deadlinesSurviveARestartAndOneThatFellDueMeanwhileFiresOnceAfterIt() {
        String probe = UUID.randomUUID().toString();
        LocalDate due = LocalDate.of(2027, 3, 1);
        Instant fireAt;
        ProjectId project;
        Scheduled projectDeadline;
        try (ConfigurableApplicationContext first = Nodes.embedded(dataDir, List.of(), DeadlineProbe.module("first"))) {
            project = Projects.submitted(first);
            projectDeadline = ScheduledDeadlines.of(first, project.toString()).get(0);
            // Far enough ahead to stop the node first, near enough to be due when the second one is up.
            fireAt = Instant.now().plusSeconds(2);
            Nodes.send(first, Actor.SYSTEM, new ScheduleProbe(probe, fireAt, due, "across a restart"));
        }
        assertThat(Instant.now()).as("the first node stopped before the deadline").isBefore(fireAt);

        try (ConfigurableApplicationContext second = Nodes.embedded(dataDir, List.of(), DeadlineProbe.module("second"))) {
            Nodes.await(Duration.ofSeconds(15), "the probe's deadline after the restart",
                    () -> !Nodes.payloads(second, probe, ProbeFired.class).isEmpty());
            ProbeFired fired = (ProbeFired) Nodes.payloads(second, probe, ProbeFired.class).get(0);
            assertThat(fired.node()).isEqualTo("second");
            assertThat(fired.dueDate()).isEqualTo(due);

            assertThat(ScheduledDeadlines.of(second, project.toString())).singleElement().satisfies(deadline -> {
                assertThat(deadline.deadlineName()).isEqualTo("project-city-review");
                assertThat(deadline.executionTime()).isEqualTo(projectDeadline.executionTime());
                assertThat(deadline.payload()).isEqualTo(projectDeadline.payload());
            });
            // A few more polls: nothing fires twice.
            sleep(Nodes.DEADLINE_POLL.multipliedBy(5));
            assertThat(Nodes.payloads(second, probe, ProbeFired.class)).hasSize(1);
            assertThat(ScheduledDeadlines.of(second, probe)).isEmpty();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
