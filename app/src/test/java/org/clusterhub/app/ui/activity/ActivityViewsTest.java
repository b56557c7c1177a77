package org.clusterhub.app.ui.activity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.*;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The activity screens against the real stores: the calendar list, planning with a refused and an accepted form,
 * a member registering and getting the QR code, the door accepting a code once and refusing it the second time and
 * another event's code, and a planned activity hidden from members.
 */
@IntegrationTest
class ActivityViewsTest extends KaribuViewTest {

    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final Actor RAIL_STAFF = new Actor("u1", "staff01", "轨道交通协会", Role.PROMOTION_STAFF,
            Set.of(RAIL.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    private ActivityId published(String title, boolean publish) {
        ActivityId id = ActivityId.create();
        Instant start = Instant.now().plus(Duration.ofHours(1));
        send(RAIL_STAFF, new PlanActivityCommand(id, RAIL, ActivityKind.MATCHMAKING, title, "视图测试", City.QINGDAO,
                "青岛国际会议中心", false, start, start.plus(Duration.ofHours(4)), 1, Instant.now().minusSeconds(60),
                start, false, List.of(), 4, 30, null));
        if (publish) {
            send(RAIL_STAFF, new PublishActivityCommand(id));
        }
        return id;
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    private ActivityView view(ActivityId id, long version) throws Exception {
        return queries.query(new FindActivityQuery(id, version), ResponseTypes.optionalInstanceOf(ActivityView.class))
                .get(10, TimeUnit.SECONDS).orElseThrow();
    }

    @Test
    void theCalendarListsActivitiesInEnglishToo() throws Exception {
        ActivityId id = published("视图测试：日历列表", true);
        view(id, 1);
        openAs("member-weichai", Locale.ENGLISH);
        UI.getCurrent().navigate("activities");
        assertThat(_get(H2.class, spec -> spec.withText("Cluster event calendar"))).isNotNull();
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("mode-list")));
        @SuppressWarnings("unchecked")
        Grid<ActivitySummary> list = _get(Grid.class, spec -> spec.withId("activity-list"));
        assertThat(GridKt._size(list)).isPositive();
        List<String> titles = java.util.stream.IntStream.range(0, GridKt._size(list))
                .mapToObj(i -> GridKt._get(list, i).title()).toList();
        assertThat(titles).contains("视图测试：日历列表");
        // Members do not plan.
        assertThat(_find(Button.class, spec -> spec.withId("action-plan"))).isEmpty();
    }

    @Test
    void planningRefusesAMissingTitleOnTheFieldAndStoresNothing() {
        openAs("staff01", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("activities");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-plan")));
        TextField title = _get(TextField.class, spec -> spec.withId("field-title"));
        title.setValue("");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(title.isInvalid()).isTrue();
        // Both the blank check and the length check refuse an empty title; either message is right.
        assertThat(title.getErrorMessage()).isIn("必填，不能为空", "长度或数量超出允许范围");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("plan-activity-dialog")))
                .hasSize(1);
        NotificationsKt.clearNotifications();

        title.setValue("视图测试：新建对接会");
        _get(TextField.class, spec -> spec.withId("field-venue")).setValue("青岛国际会议中心");
        com.vaadin.flow.component.combobox.ComboBox<City> city = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("field-city"));
        city.setValue(City.QINGDAO);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(_get(H2.class, spec -> spec.withId("activity-title")).getText()).isEqualTo("视图测试：新建对接会");
        assertThat(_get(Span.class, spec -> spec.withId("activity-status")).getText()).isEqualTo("筹备中");
    }

    @Test
    void aMemberRegistersAndGetsTheQrCodeAndTheDoorAcceptsItOnce() throws Exception {
        ActivityId id = published("视图测试：报名与签到", true);
        ActivityId other = published("视图测试：另一场", true);
        view(id, 1);
        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("activities/" + id);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-register")));
        _get(TextField.class, spec -> spec.withId("register-name")).setValue("刘洋");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("register-confirm")));
        String code = _get(Span.class, spec -> spec.withId("qr-code-text")).getText();
        assertThat(code).startsWith(id.toString().substring(0, 6).toUpperCase() + "-");
        assertThat(view(id, 2).confirmed()).isEqualTo(1);

        // The only seat is taken: the next one waits, and the screen says so.
        signOut();
        openAs("member-sdu", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("activities/" + id);
        assertThat(_get(Button.class, spec -> spec.withId("action-register")).getText())
                .isEqualTo("报名（已满，进入候补）");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("action-register")));
        _get(TextField.class, spec -> spec.withId("register-name")).setValue("陈静");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("register-confirm")));
        NotificationsKt.expectNotifications("名额已满，已进入候补第 1 位；有人取消时自动递补");

        signOut();
        openAs("staff01", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("activities/" + id + "/check-in");
        TextField input = _get(TextField.class, spec -> spec.withId("check-in-code"));
        input.setValue(code.toLowerCase());
        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-in-submit")));
        Div result = _get(Div.class, spec -> spec.withId("check-in-result"));
        assertThat(result.getText()).isEqualTo("签到成功：刘洋（潍柴动力股份有限公司）");
        input.setValue(code);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-in-submit")));
        assertThat(result.getText()).startsWith("已于 ").endsWith(" 签到，不能重复签到");
        input.setValue(other.toString().substring(0, 6).toUpperCase() + "-AAAAAA");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-in-submit")));
        assertThat(result.getText()).isEqualTo("这是其他活动的签到码");
        assertThat(view(id, 4).checkedIn()).isEqualTo(1);
    }

    @Test
    void aPlannedActivityIsNotShownToMembers() throws Exception {
        ActivityId id = published("视图测试：筹备中", false);
        view(id, 0);
        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("activities/" + id);
        NotificationsKt.expectNotifications("找不到该活动，或您无权查看");
        assertThat(_find(H2.class, spec -> spec.withId("activity-title"))).isEmpty();
    }
}
