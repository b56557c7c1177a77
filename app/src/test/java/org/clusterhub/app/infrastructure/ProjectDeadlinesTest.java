package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.clusterhub.app.infrastructure.DeadlineProbe.ProbeFired;
import org.clusterhub.app.infrastructure.DeadlineProbe.ScheduleProbe;
import org.clusterhub.app.infrastructure.ScheduledDeadlines.Scheduled;
import org.clusterhub.project.api.DeadlineKind;
import org.clusterhub.project.api.ProjectDeadlineMissedEvent;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.PublicityEndedEvent;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Project deadlines on the persistent deadline manager of one node (H2 event store): real commands schedule them in
 * {@code scheduled_tasks} at the end of their due day, in Shanghai; a deadline that falls due reaches the aggregate,
 * whose handler records the miss; a finished step cancels its deadline. A deadline days away is made due by moving
 * its row's execution time to now, as the passing days would.
 */
class ProjectDeadlinesTest {

    @TempDir
    static Path dataDir;
    static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        node = Nodes.embedded(dataDir, List.of(), DeadlineProbe.module("node-1"));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theDeadlineManagerIsThePersistentOne() {
        assertThat(node.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void submittingSchedulesTheCityReviewAtTheEndOfItsDueDayAndTheMissIsRecordedWhenItFallsDue() {
        ProjectId id = Projects.submitted(node);
        LocalDate due = Projects.today().plusDays(10);

        List<Scheduled> scheduled = ScheduledDeadlines.of(node, id.toString());
        assertThat(scheduled).singleElement().satisfies(deadline -> {
            assertThat(deadline.aggregateType()).isEqualTo("Project");
            assertThat(deadline.deadlineName()).isEqualTo("project-city-review");
            assertThat(deadline.executionTime()).isEqualTo(due.plusDays(1).atStartOfDay(Projects.SHANGHAI).toInstant());
            assertThat(deadline.payload()).containsEntry("dueDate", due.toString());
        });
        assertThat(missed(id)).isEmpty();

        ScheduledDeadlines.dueNow(node, scheduled.get(0));
        Nodes.await(Duration.ofSeconds(10), "the missed city review", () -> !missed(id).isEmpty());

        assertThat(missed(id)).singleElement().isEqualTo(
                new ProjectDeadlineMissedEvent(id, DeadlineKind.CITY_REVIEW, null, due));
        // db-scheduler removes the task once the handler's unit of work is done, a moment after the event.
        Nodes.await(Duration.ofSeconds(10), "the executed deadline removed",
                () -> ScheduledDeadlines.of(node, id.toString()).isEmpty());
    }

    @Test
    void recommendingCancelsTheCityReviewDeadline() {
        ProjectId id = Projects.submitted(node);
        assertThat(ScheduledDeadlines.of(node, id.toString())).hasSize(1);

        Nodes.send(node, Actor.SYSTEM, new RecommendProjectCommand(id, "同意推荐"));

        assertThat(ScheduledDeadlines.of(node, id.toString())).isEmpty();
    }

    @Test
    void publicityEndsWhenItsLastWorkingDayIsOver() {
        ProjectId id = Projects.inPublicity(node);
        // The expert review's deadline went with the completed review: only publicity is left.
        List<Scheduled> scheduled = ScheduledDeadlines.of(node, id.toString());
        assertThat(scheduled).singleElement()
                .satisfies(deadline -> assertThat(deadline.deadlineName()).isEqualTo("project-publicity"));
        LocalDate endsOn = LocalDate.parse((String) scheduled.get(0).payload().get("dueDate"));
        assertThat(endsOn).isAfterOrEqualTo(Projects.today().plusDays(4)).isBeforeOrEqualTo(Projects.today().plusDays(8));
        assertThat(scheduled.get(0).executionTime())
                .isEqualTo(endsOn.plusDays(1).atStartOfDay(Projects.SHANGHAI).toInstant());

        ScheduledDeadlines.dueNow(node, scheduled.get(0));
        Nodes.await(Duration.ofSeconds(10), "the end of publicity",
                () -> !Nodes.payloads(node, id.toString(), PublicityEndedEvent.class).isEmpty());

        assertThat(Nodes.payloads(node, id.toString(), PublicityEndedEvent.class)).singleElement()
                .isEqualTo(new PublicityEndedEvent(id, endsOn, 0));
    }

    @Test
    void aDeadlineOneSecondAheadFiresWithinThePollInterval() {
        String probe = UUID.randomUUID().toString();
        Instant fireAt = Instant.now().plusSeconds(1);
        LocalDate due = LocalDate.of(2026, 12, 31);

        Nodes.send(node, Actor.SYSTEM, new ScheduleProbe(probe, fireAt, due, "one second"));
        Nodes.await(Duration.ofSeconds(10), "the probe's deadline",
                () -> !Nodes.payloads(node, probe, ProbeFired.class).isEmpty());

        ProbeFired fired = (ProbeFired) Nodes.payloads(node, probe, ProbeFired.class).get(0);
        assertThat(fired.dueDate()).isEqualTo(due);
        assertThat(fired.label()).isEqualTo("one second");
        assertThat(fired.firedAt()).isAfterOrEqualTo(fireAt);
        Duration late = Duration.between(fireAt, fired.firedAt());
        System.out.println("deadline fired " + late.toMillis() + " ms after its time (poll " + Nodes.DEADLINE_POLL + ")");
        assertThat(late).isLessThan(Nodes.DEADLINE_POLL.plusSeconds(2));
    }

    private List<Object> missed(ProjectId id) {
        return Nodes.payloads(node, id.toString(), ProjectDeadlineMissedEvent.class);
    }
}
