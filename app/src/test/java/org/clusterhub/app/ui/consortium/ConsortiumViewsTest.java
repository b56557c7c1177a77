package org.clusterhub.app.ui.consortium;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.consortium.ConsortiumRest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.*;
import org.clusterhub.infrastructure.security.ClusterHubUser;
import org.clusterhub.shared.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consortium screens against the real stores: the list (filtered on the server), the page with its membership
 * board and the actions each person is offered, an answer given on the screen, a refused invitation explained on
 * its field, someone else's answer arriving live, and the History tab.
 */
@IntegrationTest
class ConsortiumViewsTest extends KaribuViewTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    private ConsortiumId id;
    private String name;

    @BeforeEach
    void proposeAConsortium() {
        id = ConsortiumId.create();
        name = "智能电控单元创新联合体" + UUID.randomUUID().toString().substring(0, 4);
        send("member-weichai", new ProposeConsortiumCommand(id, ClusterId.of(ConsortiumRest.POWER_CLUSTER), name,
                TechnologyArea.BASIC_SOFTWARE, List.of("电控", "嵌入式"), "攻关发动机电控单元基础软件。",
                List.of("电控软件验证平台"), ConsortiumRest.WEICHAI, ConsortiumRest.WEICHAI_CODE,
                OrganizationKind.ENTERPRISE, Commitment.none()));
        send("member-weichai", new InviteOrganizationCommand(id, ConsortiumRest.SDU, ConsortiumRest.SDU_CODE,
                OrganizationKind.UNIVERSITY, MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, true));
        send("member-weichai", new InviteOrganizationCommand(id, ConsortiumRest.SDIIT, ConsortiumRest.SDIIT_CODE,
                OrganizationKind.RESEARCH_INSTITUTE, MemberOrigin.SAME_CLUSTER, null, MemberRole.PARTICIPANT, true));
        current(2);
    }

    @Test
    void theListFiltersOnTheServerAndOpensAConsortium() {
        openAs("coord-weifang", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("consortia");
        assertThat(_find(Button.class, spec -> spec.withId("propose-consortium"))).as("only members propose")
                .isEmpty();
        _get(TextField.class, spec -> spec.withId("consortium-search")).setValue(name);
        Grid<ConsortiumSummary> grid = grid("consortium-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith(name, "潍坊清洁能源动力装备产业集群", "基础软件",
                ConsortiumRest.WEICHAI, "组建中", "1", "2");
        assertThat(_get(Span.class, spec -> spec.withId("consortium-total")).getText()).isEqualTo("共 1 个创新联合体");
        _get(Select.class, spec -> spec.withId("consortium-status")).setValue(ConsortiumStatus.REGISTERED);
        assertThat(GridKt._size(grid)).isZero();

        _get(Select.class, spec -> spec.withId("consortium-status")).setValue(null);
        assertThat(GridKt._size(grid)).isEqualTo(1);

        GridKt._clickItem(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("consortium-name")).getText()).isEqualTo(name);
    }

    @Test
    void theLeadSeesTheBoardAndInvitesAndARefusalIsShownOnItsField() {
        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        open();
        assertThat(_get(Span.class, spec -> spec.withId("consortium-status")).getText()).isEqualTo("组建中");
        assertThat(_get(Span.class, spec -> spec.withId("board-summary")).getText())
                .isEqualTo("在册成员 1 家，待答复邀请 2 个；组建必需单位已接受 0/2。");
        Grid<ConsortiumMemberView> board = grid("membership-board");
        assertThat(GridKt._size(board)).isEqualTo(3);
        assertThat(_find(Button.class, spec -> spec.withId("accept-invitation"))).isEmpty();
        assertThat(rowButtons(board, 1, "withdraw-" + ConsortiumRest.SDU_CODE)).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("invite-organization")));
        _get(TextField.class, spec -> spec.withId("invite-organization")).setValue("上海交通大学");
        _get(TextField.class, spec -> spec.withId("invite-credit-code")).setValue(ConsortiumRest.SJTU_CODE);
        _get(Select.class, spec -> spec.withId("invite-kind")).setValue(OrganizationKind.UNIVERSITY);
        _get(Select.class, spec -> spec.withId("invite-origin")).setValue(MemberOrigin.OUTSIDE_REGION);
        _click(_get(Button.class, spec -> spec.withId("invite-dialog-save")));
        TextField region = _get(TextField.class, spec -> spec.withId("invite-region"));
        assertThat(region.isInvalid()).isTrue();
        assertThat(region.getErrorMessage()).isEqualTo("省外单位须填写所在地区。");
        NotificationsKt.expectNotifications("省外单位须填写所在地区。");
        assertThat(eventStore.lastSequenceNumberFor(id.toString())).as("nothing stored").contains(2L);

        region.setValue("上海市");
        _click(_get(Button.class, spec -> spec.withId("invite-dialog-save")));
        assertThat(GridKt._size(board)).isEqualTo(4);
        assertThat(GridKt._get(board, 3).origin()).isEqualTo(MemberOrigin.OUTSIDE_REGION);
        assertThat(GridKt._get(board, 3).region()).isEqualTo("上海市");
        assertThat(current(3).entryOf("上海交通大学").orElseThrow().state()).isEqualTo(MembershipState.INVITED);
    }

    @Test
    void anInvitedOrganizationAnswersOnItsPageAndTheLeadSeesItLive() {
        openAs("member-sdu", Locale.SIMPLIFIED_CHINESE);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("invite-organization"))).as("not the lead").isEmpty();
        assertThat(rowButtons(grid("membership-board"), 1, "withdraw-" + ConsortiumRest.SDU_CODE)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("accept-invitation")));
        _get(IntegerField.class, spec -> spec.withId("accept-people")).setValue(12);
        _get(BigDecimalField.class, spec -> spec.withId("accept-money")).setValue(new BigDecimal("2000000"));
        _click(_get(Button.class, spec -> spec.withId("accept-dialog-save")));
        ConsortiumView accepted = current(3);
        assertThat(accepted.entryOf(ConsortiumRest.SDU).orElseThrow().state()).isEqualTo(MembershipState.MEMBER);
        assertThat(accepted.entryOf(ConsortiumRest.SDU).orElseThrow().commitment().money())
                .isEqualByComparingTo("2000000");
        assertThat(_find(Button.class, spec -> spec.withId("accept-invitation"))).as("answered").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("board-summary")).getText())
                .isEqualTo("在册成员 2 家，待答复邀请 1 个；组建必需单位已接受 1/2。");
        signOut();

        openAs("member-weichai", Locale.ENGLISH);
        open();
        send("member-sdiit", new DeclineInvitationCommand(id, ConsortiumRest.SDIIT_CODE, "今年任务已满"));
        awaitUi(() -> assertThat(_get(Span.class, spec -> spec.withId("board-summary")).getText())
                .isEqualTo("2 members, 0 invitations awaiting an answer; required for founding accepted: 1/2."));
        Grid<ConsortiumMemberView> board = grid("membership-board");
        assertThat(GridKt._get(board, 2).state()).isEqualTo(MembershipState.DECLINED);
        List<Button> withdraw = rowButtons(board, 2, "withdraw-" + ConsortiumRest.SDIIT_CODE);
        assertThat(withdraw).hasSize(1);

        _click(withdraw.get(0));
        // The withdrawal and the founding it completes are two events: the second may reach the screen live.
        awaitUi(() -> assertThat(_get(Span.class, spec -> spec.withId("consortium-status")).getText())
                .isEqualTo("Founding agreement signed"));
    }

    @Test
    void theClustersStaffRegisterAndTheHistoryTabShowsEveryStep() {
        send("member-sdu", new AcceptInvitationCommand(id, ConsortiumRest.SDU_CODE, Commitment.none()));
        send("member-sdiit", new AcceptInvitationCommand(id, ConsortiumRest.SDIIT_CODE, Commitment.none()));
        current(5);
        openAs("staff07", Locale.SIMPLIFIED_CHINESE);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("register-consortium"))).as("another cluster").isEmpty();
        signOut();

        openAs("staff11", Locale.SIMPLIFIED_CHINESE);
        open();
        _click(_get(Button.class, spec -> spec.withId("register-consortium")));
        _get(TextField.class, spec -> spec.withId("register-number")).setValue("潍集联备〔2026〕8号");
        _click(_get(Button.class, spec -> spec.withId("register-dialog-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("consortium-milestone")).getText())
                .startsWith("已备案，备案号 潍集联备〔2026〕8号");
        _get(TabSheet.class, spec -> spec.withId("consortium-tabs")).setSelectedIndex(2);
        Grid<?> history = grid("history-grid");
        assertThat(GridKt._size(history)).isEqualTo(7);
        assertThat(GridKt._getFormattedRow(history, 5).get(2)).isEqualTo("签署组建协议");
        assertThat(GridKt._getFormattedRow(history, 6).get(2)).isEqualTo("备案");
        assertThat(GridKt._getFormattedRow(history, 6).get(3)).isEqualTo("备案号 潍集联备〔2026〕8号");
    }

    @Test
    void anUnknownConsortiumIsNotFound() {
        openAs("member-sdu", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("consortia/" + UUID.randomUUID());
        assertThat(_get(Paragraph.class, spec -> spec.withId("consortium-not-found")).getText())
                .isEqualTo("未找到该创新联合体。");
    }

    private void open() {
        UI.getCurrent().navigate("consortia/" + id);
    }

    private void send(String username, Object command) {
        ClusterHubUser user = (ClusterHubUser) users.loadUserByUsername(username);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ActorMetaData.of(user.actor())), 10, TimeUnit.SECONDS);
    }

    private ConsortiumView current(long version) {
        return queries.query(new FindConsortiumQuery(id, version),
                ResponseTypes.optionalInstanceOf(ConsortiumView.class)).join()
                .filter(v -> v.version() >= version).orElseThrow();
    }

    /** The buttons of one board row's actions cell with this id (rendered per row, outside the component tree). */
    private static List<Button> rowButtons(Grid<ConsortiumMemberView> board, int row, String buttonId) {
        Component cell = (Component) GridKt._getCellComponent(board, row, "actions");
        return _find(cell, Button.class, spec -> spec.withId(buttonId));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String gridId) {
        return _get(Grid.class, spec -> spec.withId(gridId));
    }

    private static void awaitUi(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertion.run();
                });
    }
}
