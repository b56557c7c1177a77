package org.clusterhub.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.*;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 members register at the same moment for 100 seats, through the command gateway on the real H2 event store:
 * exactly 100 get a seat, 100 wait in line with positions 1..100, nothing is lost, and the read model agrees. Then
 * a seat frees and the first in line takes it.
 */
@IntegrationTest
class ActivityConcurrentRegistrationTest {

    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final Actor RAIL_STAFF = new Actor("u1", "staff01", "轨道交通协会", Role.PROMOTION_STAFF,
            Set.of(RAIL.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    void twoHundredPeopleFor100SeatsGet100SeatsAnd100PlacesInLine() throws Exception {
        ActivityId activityId = ActivityId.create();
        Instant now = Instant.now();
        send(RAIL_STAFF, new PlanActivityCommand(activityId, RAIL, ActivityKind.TRAINING, "轨道交通装备企业数字化转型培训",
                null, City.QINGDAO, "青岛国际会议中心", false, now.plus(Duration.ofDays(7)),
                now.plus(Duration.ofDays(7)).plus(Duration.ofHours(4)), 100, now.minusSeconds(60),
                now.plus(Duration.ofDays(6)), false, List.of(), 0, 0, null));
        send(RAIL_STAFF, new PublishActivityCommand(activityId));

        int people = 200;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger retries = new AtomicInteger();
        List<Future<RegistrationId>> results = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                Actor member = new Actor("m" + n, "member" + n, "成员" + n, Role.MEMBER, Set.of(), City.QINGDAO,
                        "并发测试企业" + n);
                RegistrationId registrationId = RegistrationId.create();
                start.await();
                sendRetryingLostRaces(member, new RegisterForActivityCommand(activityId, registrationId,
                        member.organization(), City.QINGDAO, "参会人" + n, null), retries);
                return registrationId;
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<RegistrationId> registered = new ArrayList<>();
        for (Future<RegistrationId> result : results) {
            registered.add(result.get(120, TimeUnit.SECONDS));
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        pool.shutdown();
        System.out.printf("CONCURRENT REGISTRATION: %d registrations for 100 seats from 32 threads in %d ms, "
                + "%d append races retried%n", people, took, retries.get());
        assertThat(registered).hasSize(people).doesNotHaveDuplicates();

        List<Object> payloads = eventStore.readEvents(activityId.toString()).asStream()
                .map(DomainEventMessage::getPayload).<Object>map(p -> p).toList();
        List<ActivityRegistrationAcceptedEvent> seats = payloads.stream()
                .filter(ActivityRegistrationAcceptedEvent.class::isInstance)
                .map(ActivityRegistrationAcceptedEvent.class::cast).toList();
        List<ActivityRegistrationWaitlistedEvent> waiting = payloads.stream()
                .filter(ActivityRegistrationWaitlistedEvent.class::isInstance)
                .map(ActivityRegistrationWaitlistedEvent.class::cast).toList();
        assertThat(seats).hasSize(100).allMatch(e -> e.status() == RegistrationStatus.CONFIRMED);
        assertThat(waiting).hasSize(100);
        assertThat(waiting).extracting(ActivityRegistrationWaitlistedEvent::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(payloads).hasSize(2 + people);
        List<RegistrationId> stored = new ArrayList<>();
        seats.forEach(e -> stored.add(e.registrationId()));
        waiting.forEach(e -> stored.add(e.registrationId()));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(seats.stream().map(ActivityRegistrationAcceptedEvent::checkInCode).distinct().count()).isEqualTo(100);

        ActivityView view = awaitView(activityId, 2 + people - 1);
        assertThat(view.confirmed()).isEqualTo(100);
        assertThat(view.waiting()).isEqualTo(100);
        RegistrationPage page = queries.query(new FindActivityRegistrationsQuery(activityId, null,
                RegistrationStatus.WAITING, null, 0, 200), ResponseTypes.instanceOf(RegistrationPage.class))
                .get(10, TimeUnit.SECONDS);
        assertThat(page.total()).isEqualTo(100);
        assertThat(page.items().get(0).registrationId()).isEqualTo(waiting.get(0).registrationId());
        assertThat(page.items().get(0).waitingPosition()).isEqualTo(1);

        // A seat frees: the first in line moves up, by itself.
        ActivityRegistrationAcceptedEvent leaving = seats.get(17);
        send(RAIL_STAFF, new CancelActivityRegistrationCommand(activityId, leaving.registrationId()));
        List<Object> after = eventStore.readEvents(activityId.toString()).asStream()
                .map(DomainEventMessage::getPayload).<Object>map(p -> p).toList();
        assertThat(after.get(after.size() - 1)).isEqualTo(new ActivityRegistrationPromotedEvent(activityId,
                waiting.get(0).registrationId(), waiting.get(0).organization(), RegistrationStatus.CONFIRMED));
        ActivityView promoted = awaitView(activityId, after.size() - 1);
        assertThat(promoted.confirmed()).isEqualTo(100);
        assertThat(promoted.waiting()).isEqualTo(99);
    }

    /**
     * What a real client does when it loses the append race on the store's (aggregate, sequence) key to another node
     * (a {@link ConcurrencyException}, or {@link AggregateStreamCreationException} on the first event): send the same
     * command again; the aggregate, reloaded, decides afresh (seat or waiting list).
     */
    private void sendRetryingLostRaces(Actor actor, Object command, AtomicInteger retries) {
        for (int attempt = 1; ; attempt++) {
            try {
                send(actor, command);
                return;
            } catch (RuntimeException e) {
                Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
                boolean lostRace = cause instanceof ConcurrencyException
                        || cause instanceof AggregateStreamCreationException;
                if (!lostRace || attempt == 5) {
                    throw e;
                }
                retries.incrementAndGet();
            }
        }
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    private ActivityView awaitView(ActivityId activityId, long version) {
        Optional<ActivityView> view = ReadModelWait.until(() -> {
            try {
                return queries.query(new FindActivityQuery(activityId), ResponseTypes.optionalInstanceOf(
                        ActivityView.class)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, v -> v.version() >= version, Duration.ofSeconds(30));
        assertThat(view).hasValueSatisfying(v -> assertThat(v.version()).isGreaterThanOrEqualTo(version));
        return view.orElseThrow();
    }
}
