package org.clusterhub.zone.command;

import static org.clusterhub.zone.command.ZoneFixtures.JINAN;
import static org.clusterhub.zone.command.ZoneFixtures.REGISTERED;
import static org.clusterhub.zone.command.ZoneFixtures.violation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.AddZoneTaskCommand;
import org.clusterhub.zone.api.RemoveZoneTaskCommand;
import org.clusterhub.zone.api.ReportZoneTaskProgressCommand;
import org.clusterhub.zone.api.ReviseZoneTaskCommand;
import org.clusterhub.zone.api.ZoneTaskAddedEvent;
import org.clusterhub.zone.api.ZoneTaskProgressReportedEvent;
import org.clusterhub.zone.api.ZoneTaskRemovedEvent;
import org.clusterhub.zone.api.ZoneTaskRevisedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The zone's creation task list, kept by the coordinator of its city: tasks, owners, dates, progress. */
class ZoneTaskListTest {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate DUE = LocalDate.of(2025, 12, 31);
    static final ZoneTaskAddedEvent ADDED = new ZoneTaskAddedEvent(JINAN, "t1", "建设黄河流域智能制造示范工厂",
            List.of("济南市工业和信息化局", "浪潮集团"), START, DUE);

    private FixtureConfiguration<Zone> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zone.class);
    }

    @Test
    void addsATaskWithStrippedTexts() {
        fixture.given(REGISTERED)
                .when(new AddZoneTaskCommand(JINAN, City.JINAN, "t1", " 建设黄河流域智能制造示范工厂 ",
                        List.of(" 济南市工业和信息化局", "浪潮集团 "), START, DUE))
                .expectEvents(ADDED);
    }

    @Test
    void refusesATaskDueBeforeItStarts() {
        fixture.given(REGISTERED)
                .when(new AddZoneTaskCommand(JINAN, City.JINAN, "t1", "任务", List.of("济南市工信局"), DUE, START))
                .expectException(violation("zone.error.taskDates", "dueDate")).expectNoEvents();
    }

    @Test
    void refusesTheSameTaskIdTwice() {
        fixture.given(REGISTERED, ADDED)
                .when(new AddZoneTaskCommand(JINAN, City.JINAN, "t1", "另一项", List.of("济南市工信局"), START, DUE))
                .expectException(violation("zone.error.duplicateTask", "taskId")).expectNoEvents();
    }

    @Test
    void refusesAnotherCityDeclared() {
        fixture.given(REGISTERED)
                .when(new AddZoneTaskCommand(JINAN, City.QINGDAO, "t1", "任务", List.of("青岛市工信局"), START, DUE))
                .expectException(violation("zone.error.cityMismatch", "city")).expectNoEvents();
        fixture.given(REGISTERED, ADDED)
                .when(new ReportZoneTaskProgressCommand(JINAN, City.QINGDAO, "t1", 50, "越权"))
                .expectException(violation("zone.error.cityMismatch", "city")).expectNoEvents();
    }

    @Test
    void reportsProgressWithThePreviousValue() {
        fixture.given(REGISTERED, ADDED, new ZoneTaskProgressReportedEvent(JINAN, "t1", 30, 0, "开工"))
                .when(new ReportZoneTaskProgressCommand(JINAN, City.JINAN, "t1", 65, " 主体完工 "))
                .expectEvents(new ZoneTaskProgressReportedEvent(JINAN, "t1", 65, 30, "主体完工"));
    }

    @Test
    void revisesAndRemovesATaskButNotAnUnknownOne() {
        fixture.given(REGISTERED, ADDED)
                .when(new ReviseZoneTaskCommand(JINAN, City.JINAN, "t1", "示范工厂（扩建）", List.of("浪潮集团"), START,
                        DUE.plusMonths(6)))
                .expectEvents(new ZoneTaskRevisedEvent(JINAN, "t1", "示范工厂（扩建）", List.of("浪潮集团"), START,
                        DUE.plusMonths(6)));
        fixture.given(REGISTERED, ADDED)
                .when(new RemoveZoneTaskCommand(JINAN, City.JINAN, "t1", " 并入其他任务 "))
                .expectEvents(new ZoneTaskRemovedEvent(JINAN, "t1", ADDED.title(), "并入其他任务"));
        fixture.given(REGISTERED, ADDED, new ZoneTaskRemovedEvent(JINAN, "t1", ADDED.title(), "并入"))
                .when(new ReportZoneTaskProgressCommand(JINAN, City.JINAN, "t1", 10, "已删除的任务"))
                .expectException(violation("zone.error.unknownTask", "taskId")).expectNoEvents();
        fixture.given(REGISTERED)
                .when(new ReviseZoneTaskCommand(JINAN, City.JINAN, "nope", "任务", List.of("某单位"), START, DUE))
                .expectException(violation("zone.error.unknownTask", "taskId")).expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RemoveZoneTaskCommand(JINAN, City.JINAN, "nope", "原因"))
                .expectException(violation("zone.error.unknownTask", "taskId")).expectNoEvents();
    }
}
