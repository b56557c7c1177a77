package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.*;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * At the door and on the organizer's screen at once: staff check a registrant in on the phone-sized door screen, and
 * the organizer's dashboard, open in another browser, counts them within seconds without reloading; a second
 * check-in of the same code is refused clearly and counts nothing.
 */
@IntegrationTest
class ActivityCheckInLiveTest {

    static final Duration LIMIT = Duration.ofMillis(3000);
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final Actor RAIL_STAFF = new Actor("u1", "staff01", "轨道交通协会", Role.PROMOTION_STAFF,
            Set.of(RAIL.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    private Browser organizer;
    private Browser door;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void closeBrowsers() {
        if (organizer != null) {
            organizer.close();
        }
        if (door != null) {
            door.close();
        }
    }

    @Test
    void aCheckInAtTheDoorShowsOnTheOrganizersDashboardLive() throws Exception {
        ActivityId activityId = ActivityId.create();
        Instant start = Instant.now().plus(Duration.ofHours(1));
        send(RAIL_STAFF, new PlanActivityCommand(activityId, RAIL, ActivityKind.TRAINING, "轨道交通装备数字化转型培训（签到测试）",
                null, City.QINGDAO, "青岛国际会议中心", false, start, start.plus(Duration.ofHours(3)), 10,
                Instant.now().minusSeconds(60), start, false, List.of(), 0, 0, null));
        send(RAIL_STAFF, new PublishActivityCommand(activityId));
        Actor member = new Actor("m1", "member-weichai", "潍柴动力 成员", Role.MEMBER, Set.of(), City.WEIFANG,
                "潍柴动力股份有限公司");
        RegistrationId registrationId = RegistrationId.create();
        send(member, new RegisterForActivityCommand(activityId, registrationId, member.organization(), City.WEIFANG,
                "刘洋", null));
        String code = queries.query(new FindRegistrationQuery(registrationId, 0),
                ResponseTypes.optionalInstanceOf(RegistrationView.class)).get(10, TimeUnit.SECONDS)
                .orElseThrow().checkInCode();

        String url = "http://localhost:" + port;
        organizer = BrowserSupport.open("activity-dashboard", url);
        organizer.signIn("staff01", "/activities/" + activityId);
        organizer.waitFor(By.id("tab-dashboard")).click();
        organizer.waitUntil("the dashboard", () -> "0".equals(organizer.visibleText("dashboard-checked-in").strip()));

        door = BrowserSupport.open("activity-door", url);
        door.signIn("staff01", "/activities/" + activityId + "/check-in");
        WebElement input = door.waitFor(By.id("check-in-code")).findElement(By.tagName("input"));
        input.sendKeys(code.toLowerCase(), Keys.ENTER);
        long typed = System.nanoTime();
        door.waitUntil("the welcome", () -> door.visibleText("check-in-result").contains("刘洋"));
        assertThat(door.visibleText("check-in-result")).contains("签到成功").contains("潍柴动力股份有限公司");

        organizer.waitUntil("the dashboard to count the check-in", LIMIT,
                () -> "1".equals(organizer.visibleText("dashboard-checked-in").strip()));
        long latency = (System.nanoTime() - typed) / 1_000_000;
        assertThat(organizer.visibleText("dashboard-attendance")).contains("100%");
        organizer.screenshot("after-check-in");

        WebElement again = door.waitFor(By.id("check-in-code")).findElement(By.tagName("input"));
        again.sendKeys(code, Keys.ENTER);
        door.waitUntil("the refusal", () -> door.visibleText("check-in-result").contains("不能重复签到"));
        door.screenshot("refused");
        door.waitUntil("the door count", () -> door.visibleText("check-in-count").contains("已签到 1 / 已确认 1"));
        Thread.sleep(500);
        assertThat(organizer.visibleText("dashboard-checked-in").strip()).isEqualTo("1");
        System.out.printf("CHECK-IN LIVE: %d ms from Enter at the door to the organizer's dashboard (limit %d ms)%n",
                latency, LIMIT.toMillis());
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }
}
