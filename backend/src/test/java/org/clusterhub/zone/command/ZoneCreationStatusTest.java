package org.clusterhub.zone.command;

import static org.clusterhub.zone.command.ZoneFixtures.JINAN;
import static org.clusterhub.zone.command.ZoneFixtures.REGISTERED;
import static org.clusterhub.zone.command.ZoneFixtures.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.zone.api.RecommendZoneBatchCommand;
import org.clusterhub.zone.api.ReapplyZoneCommand;
import org.clusterhub.zone.api.RecordZoneCreatedNationallyCommand;
import org.clusterhub.zone.api.RecordZoneNotSelectedCommand;
import org.clusterhub.zone.api.StartZoneNationalCreationCommand;
import org.clusterhub.zone.api.ZoneBatchId;
import org.clusterhub.zone.api.ZoneBatchRecommendedEvent;
import org.clusterhub.zone.api.ZoneCreatedNationallyEvent;
import org.clusterhub.zone.api.ZoneCreationStatus;
import org.clusterhub.zone.api.ZoneNationalCreationStartedEvent;
import org.clusterhub.zone.api.ZoneNotSelectedEvent;
import org.clusterhub.zone.api.ZoneReappliedEvent;
import org.clusterhub.zone.api.ZoneRecommendedForNationalCreationEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A zone's creation under dynamic management: provincial creation, recommended in a batch, national creation, created
 * nationally or not selected, re-applied. Every step out of order is refused. Role (supervisor only) is the
 * interceptor's and is tested through the API.
 */
class ZoneCreationStatusTest {

    static final ZoneBatchId BATCH = ZoneBatchId.of("6f1c2b7e-0000-4000-8000-000000000001");
    static final ZoneRecommendedForNationalCreationEvent RECOMMENDED = new ZoneRecommendedForNationalCreationEvent(
            JINAN, BATCH, "2025年第一批", "先进制造业占比领先", ZoneCreationStatus.PROVINCIAL_CREATION);
    static final ZoneNationalCreationStartedEvent STARTED = new ZoneNationalCreationStartedEvent(JINAN, "工信部受理");
    static final ZoneNotSelectedEvent NOT_SELECTED = new ZoneNotSelectedEvent(JINAN, "名额有限",
            ZoneCreationStatus.NATIONAL_CREATION);

    private FixtureConfiguration<Zone> fixture;
    /** The batches' own store: the fixture's store records the events of its one aggregate only. */
    private EmbeddedEventStore batchStore;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zone.class);
        batchStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<ZoneBatch> batches = EventSourcingRepository.builder(ZoneBatch.class)
                .eventStore(batchStore).build();
        fixture.registerAnnotatedCommandHandler(new ZoneBatchRecommender(fixture.getRepository(), batches));
    }

    @Test
    void aBatchRecommendsTheZoneWithTheBatchsReasonsAndRecordsItself() {
        fixture.given(REGISTERED)
                .when(new RecommendZoneBatchCommand(BATCH, " 2025年第一批 ", List.of(JINAN), " 先进制造业占比领先 "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(RECOMMENDED);
        List<? extends DomainEventMessage<?>> batch = batchStore.readEvents(BATCH.toString()).asStream().toList();
        assertThat(batch).singleElement().extracting(DomainEventMessage::getPayload)
                .isInstanceOfSatisfying(ZoneBatchRecommendedEvent.class, event -> {
                    assertThat(event.name()).isEqualTo("2025年第一批");
                    assertThat(event.zoneIds()).containsExactly(JINAN);
                    assertThat(event.reasons()).isEqualTo("先进制造业占比领先");
                });
    }

    @Test
    void aRefusedBatchIsNotRecorded() {
        fixture.given(REGISTERED, RECOMMENDED)
                .when(new RecommendZoneBatchCommand(BATCH, "第二批", List.of(JINAN), "再次推荐"))
                .expectException(violation("zone.error.notEligibleForBatch", "zoneIds"));
        assertThat(batchStore.readEvents(BATCH.toString()).asStream()).isEmpty();
    }

    @Test
    void aReappliedZoneMayBeRecommendedAgain() {
        fixture.given(REGISTERED, RECOMMENDED, STARTED, NOT_SELECTED, new ZoneReappliedEvent(JINAN, "补齐短板"))
                .when(new RecommendZoneBatchCommand(BATCH, "2026年第二批", List.of(JINAN), "整改到位"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesABatchWithAZoneAlreadyRecommendedAndStoresNothing() {
        fixture.given(REGISTERED, RECOMMENDED)
                .when(new RecommendZoneBatchCommand(ZoneBatchId.create(), "第二批", List.of(JINAN), "再次推荐"))
                .expectException(violation("zone.error.notEligibleForBatch", "zoneIds"))
                .expectNoEvents();
    }

    @Test
    void refusesABatchNamingAZoneTwice() {
        fixture.given(REGISTERED)
                .when(new RecommendZoneBatchCommand(BATCH, "第一批", List.of(JINAN, JINAN), "重复"))
                .expectException(violation("zone.error.duplicateInBatch", "zoneIds"))
                .expectNoEvents();
    }

    @Test
    void takesTheRecommendedZoneThroughNationalCreation() {
        fixture.given(REGISTERED, RECOMMENDED)
                .when(new StartZoneNationalCreationCommand(JINAN, " 工信部受理 "))
                .expectEvents(STARTED);
        fixture.given(REGISTERED, RECOMMENDED, STARTED)
                .when(new RecordZoneCreatedNationallyCommand(JINAN, LocalDate.of(2025, 10, 20), "工信部公告"))
                .expectEvents(new ZoneCreatedNationallyEvent(JINAN, LocalDate.of(2025, 10, 20), "工信部公告"));
    }

    @Test
    void recordsNotSelectedWithTheReasonAndTheStepItEnded() {
        fixture.given(REGISTERED, RECOMMENDED, STARTED)
                .when(new RecordZoneNotSelectedCommand(JINAN, " 名额有限 "))
                .expectEvents(NOT_SELECTED);
        fixture.given(REGISTERED, RECOMMENDED)
                .when(new RecordZoneNotSelectedCommand(JINAN, "材料不全"))
                .expectEvents(new ZoneNotSelectedEvent(JINAN, "材料不全", ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL));
        fixture.given(REGISTERED, RECOMMENDED, STARTED, NOT_SELECTED)
                .when(new ReapplyZoneCommand(JINAN, " 补齐短板 "))
                .expectEvents(new ZoneReappliedEvent(JINAN, "补齐短板"));
    }

    @Test
    void refusesEveryStepOutOfOrder() {
        fixture.given(REGISTERED).when(new StartZoneNationalCreationCommand(JINAN, "未推荐"))
                .expectException(violation("zone.error.statusStep", null)).expectNoEvents();
        fixture.given(REGISTERED, RECOMMENDED).when(new RecordZoneCreatedNationallyCommand(JINAN,
                        LocalDate.of(2025, 1, 1), "未进入国家级创建"))
                .expectException(violation("zone.error.statusStep", null)).expectNoEvents();
        fixture.given(REGISTERED).when(new RecordZoneNotSelectedCommand(JINAN, "未推荐"))
                .expectException(violation("zone.error.statusStep", null)).expectNoEvents();
        fixture.given(REGISTERED, RECOMMENDED).when(new ReapplyZoneCommand(JINAN, "未落选"))
                .expectException(violation("zone.error.statusStep", null)).expectNoEvents();
        fixture.given(REGISTERED, RECOMMENDED, STARTED,
                        new ZoneCreatedNationallyEvent(JINAN, LocalDate.of(2025, 10, 20), "公告"))
                .when(new RecordZoneNotSelectedCommand(JINAN, "已创建成功"))
                .expectException(violation("zone.error.statusStep", null)).expectNoEvents();
    }
}
