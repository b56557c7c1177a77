package org.clusterhub.app.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.supervision.api.FindReplayStateQuery;
import org.clusterhub.supervision.api.ReplayState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project with 2,000 events (issue 7's benchmark size): its replay screen opens and steps within three times the
 * targets (open <= 500 ms, a step <= 200 ms; three times, so that a loaded two-core CI machine still passes; scaled
 * further by the load average per core beyond 1, for a machine shared with other builds), and the
 * states the incremental session gives (stepping back from checkpoints, jumping around) are exactly those of a fold
 * from the first event (ADR 017).
 *
 * <p>The first events come through commands; the 1,994 revisions after them are appended to the event store in
 * batches, as the project aggregate would have applied them (through the store's hash chain): a command per event
 * loads the whole aggregate each time, and 2,000 of them took 155 s on this machine.
 */
@IntegrationTest
class LongReplayTest extends KaribuViewTest {

    static final int EVENTS = 2_000;

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    void aTwoThousandEventReplayOpensAndStepsWithinThreeTimesTheTargets() {
        ProjectTestCommands projects = new ProjectTestCommands(commands, queries, users);
        ProjectId warmUp = longProject(projects, "回放预热");
        ProjectId measured = longProject(projects, "回放计时");

        // The first opening in a JVM loads classes and compiles code: open another project's replay first.
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/replay/" + warmUp);
        stepThrough(20);
        signOut();

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        long start = System.nanoTime();
        UI.getCurrent().navigate("supervision/replay/" + measured);
        long open = millisSince(start);
        assertThat(position()).startsWith(MessageFormat.format("第 {0} 条事件之后", EVENTS - 1));
        List<Long> steps = stepThrough(20);
        List<Long> jumps = new ArrayList<>();
        RangeInput slider = _get(RangeInput.class, spec -> spec.withId("replay-slider"));
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            long to = random.nextInt(EVENTS);
            long jump = System.nanoTime();
            HasValueUtilsKt._setValue(slider, (double) to);
            jumps.add(millisSince(jump));
            assertThat(position()).startsWith(MessageFormat.format("第 {0} 条事件之后", to));
        }
        double busy = oversubscription();
        System.out.printf("2,000-event replay on screen: open %d ms, step median %d ms (max %d), jump median %d ms "
                + "(max %d); load average per core %.1f%n", open, median(steps), Collections.max(steps),
                median(jumps), Collections.max(jumps), busy);
        assertThat(open).as("opening, ms (load average per core %.1f)", busy)
                .isLessThanOrEqualTo(Math.round(1_500 * busy));
        assertThat(median(steps)).as("a step, median ms (load average per core %.1f)", busy)
                .isLessThanOrEqualTo(Math.round(600 * busy));
        assertThat(median(jumps)).as("a jump, median ms (load average per core %.1f)", busy)
                .isLessThanOrEqualTo(Math.round(600 * busy));
    }

    @Test
    void theSessionsStatesAtRandomPointsEqualAFoldFromTheFirstEvent() {
        ProjectTestCommands projects = new ProjectTestCommands(commands, queries, users);
        ProjectId id = longProject(projects, "回放检查点");
        Actor supervisor = projects.actor("supervisor");
        Random random = new Random(20261207);
        // Forward to the end, then back and forth: checkpoints restored, events folded on from them.
        List<Long> points = new ArrayList<>(List.of((long) EVENTS - 1, 0L, 99L, 100L, 101L, 1_999L, 1_998L));
        for (int i = 0; i < 25; i++) {
            points.add((long) random.nextInt(EVENTS));
        }
        Map<Long, ProjectView> stepped = new LinkedHashMap<>();
        for (long point : points) {
            stepped.put(point, state(id, point, supervisor));
        }
        // One more event drops the session: each point is then folded afresh from the first event.
        for (Map.Entry<Long, ProjectView> visited : stepped.entrySet()) {
            append(projects, id, 1, "追加");
            assertThat(state(id, visited.getKey(), supervisor)).as("as of event %d", visited.getKey())
                    .isEqualTo(visited.getValue());
        }
        assertThat(stepped.get(0L).budgetLines()).isEmpty();
        assertThat(stepped.get(1_999L).version()).isEqualTo(1_999L);
    }

    private ProjectView state(ProjectId id, long point, Actor viewer) {
        ReplayState state = queries.query(new FindReplayStateQuery(id.toString(), point, viewer),
                ResponseTypes.optionalInstanceOf(ReplayState.class)).join().orElseThrow();
        assertThat(state.sequenceNumber()).isEqualTo(point);
        return (ProjectView) state.view();
    }

    private ProjectId longProject(ProjectTestCommands projects, String marker) {
        ProjectId id = projects.draft("staff16", ProjectKind.PUBLIC_SERVICE_PLATFORM,
                ProjectTestCommands.marker(marker) + " 检测平台");
        projects.complete("staff16", id, new BigDecimal("300.00"));
        long next = eventStore.lastSequenceNumberFor(id.toString()).orElseThrow() + 1;
        append(projects, id, EVENTS - (int) next, "修订");
        assertThat(eventStore.lastSequenceNumberFor(id.toString())).contains((long) EVENTS - 1);
        return id;
    }

    /** Revisions of the budget line and the aims, as the aggregate applies them, in batches of 200. */
    private void append(ProjectTestCommands projects, ProjectId id, int count, String word) {
        MetaData staff = ActorMetaData.of(projects.actor("staff16"));
        long next = eventStore.lastSequenceNumberFor(id.toString()).orElseThrow() + 1;
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sequence = next + i;
            Object payload = sequence % 3 == 0
                    ? new ProjectSectionRevisedEvent(id, ProjectSection.AIMS, word + " 第 " + sequence + " 稿：提升公共服务能力。")
                    : new BudgetLineRevisedEvent(id, "line-1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                            new BigDecimal(100 + sequence % 400 + ".00"));
            batch.add(new GenericDomainEventMessage<>("Project", id.toString(), sequence, payload,
                    staff.and(MetaDataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
            if (batch.size() == 200 || i == count - 1) {
                eventStore.publish(batch);
                batch.clear();
            }
        }
    }

    private List<Long> stepThrough(int count) {
        List<Long> steps = new ArrayList<>();
        Button previous = _get(Button.class, spec -> spec.withId("replay-previous"));
        for (int i = 0; i < count; i++) {
            long step = System.nanoTime();
            _click(previous);
            steps.add(millisSince(step));
        }
        return steps;
    }

    private static String position() {
        return _get(Span.class, spec -> spec.withId("replay-position")).getText();
    }

    /**
     * How many runnable threads compete for each core (at least 1): on a machine shared with other builds (load
     * average 27 on 2 cores was seen) every figure stretches by about that much, so the bounds do too. On a quiet
     * CI machine the bounds are three times the targets.
     */
    private static double oversubscription() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        return load < 0 ? 1 : Math.max(1, load / cores);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
