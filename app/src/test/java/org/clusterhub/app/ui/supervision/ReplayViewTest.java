package org.clusterhub.app.ui.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.consortium.ConsortiumRest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.InviteOrganizationCommand;
import org.clusterhub.consortium.api.MemberOrigin;
import org.clusterhub.consortium.api.MemberRole;
import org.clusterhub.consortium.api.ProposeConsortiumCommand;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.ReplayAccessView;
import org.clusterhub.supervision.api.ReplayComparison.ReplayChange;
import org.clusterhub.supervision.api.ReplayEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The replay of any aggregate on screen (ADR 017), here a consortium: its timeline, the state as a field tree at any
 * point, the comparison with a marked point, the link to its cluster's replay and to the correlation view, the
 * export links, who looked, the list of accesses, and who may not open it.
 */
@IntegrationTest
class ReplayViewTest extends KaribuViewTest {

    static final Actor WEICHAI = new Actor("u-weichai", "member-weichai", "潍柴 成员", Role.MEMBER, java.util.Set.of(),
            City.WEIFANG, ConsortiumRest.WEICHAI);

    @Autowired
    CommandGateway commands;

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorStepsThroughAConsortiumComparesAndSeesWhoLooked() {
        ConsortiumId id = consortium("回放界面测试联合体");

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/replay/" + id);
        assertThat(_get(H2.class, spec -> spec.withId("replay-heading")).getText())
                .isEqualTo("回放：回放界面测试联合体（创新联合体）");
        Grid<ReplayEntry> timeline = _get(Grid.class, spec -> spec.withId("replay-timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("replay-position")).getText()).startsWith("第 1 条事件之后");
        TreeGrid<?> state = _get(TreeGrid.class, spec -> spec.withId("replay-state"));
        assertThat(state.getTreeData().getRootItems().toString()).contains("label=名称", "value=回放界面测试联合体");
        assertThat(state.getTreeData().getRootItems().toString()).contains("label=成员单位");
        Anchor cluster = _get(Anchor.class, spec -> spec.withId("replay-related-" + ConsortiumRest.POWER_CLUSTER));
        assertThat(cluster.getHref()).isEqualTo("supervision/replay/" + ConsortiumRest.POWER_CLUSTER);
        assertThat(cluster.getText()).startsWith("集群：");
        assertThat(((Anchor) GridKt._getCellComponent(timeline, 0, "correlation")).getHref())
                .startsWith("supervision/correlations/");
        assertThat(_get(Anchor.class, spec -> spec.withId("replay-export-pdf")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("replay-export-xlsx")).getHref()).isNotBlank();

        _click(_get(Button.class, spec -> spec.withId("replay-mark")));
        _click(_get(Button.class, spec -> spec.withId("replay-first")));
        assertThat(_get(Span.class, spec -> spec.withId("replay-position")).getText()).startsWith("第 0 条事件之后");
        Grid<ReplayChange> differences = _get(Grid.class, spec -> spec.withId("replay-differences"));
        assertThat(GridKt._findAll(differences)).extracting(ReplayChange::path)
                .anyMatch(path -> path.startsWith("members[") && path.contains(ConsortiumRest.SDU_CODE)
                        || path.startsWith("members[" + ConsortiumRest.SDU));
        assertThat(_get(Paragraph.class, spec -> spec.withId("replay-comparing")).getText())
                .startsWith("第 1 条与第 0 条事件之后相比");

        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("replay-tabs"));
        tabs.setSelectedIndex(1);
        Grid<ReplayAccessView> accesses = _get(Grid.class, spec -> spec.withId("replay-accesses"));
        assertThat(GridKt._findAll(accesses)).anyMatch(a -> a.username().equals("supervisor")
                && a.sequenceNumber() == 1L);

        UI.getCurrent().navigate("supervision/replay-accesses");
        Grid<ReplayAccessView> all = _get(Grid.class, spec -> spec.withId("accesses-grid"));
        assertThat(GridKt._findAll(all)).anyMatch(a -> a.viewedAggregateId().equals(id.toString()));
        _get(TextField.class, spec -> spec.withId("accesses-username")).setValue("nobody-at-all");
        assertThat(GridKt._size(all)).isZero();
    }

    @Test
    void theClustersStaffMayLookButOthersMayNot() {
        ConsortiumId id = consortium("回放权限测试联合体");
        for (String outsider : List.of("staff01", "member-weichai", "coord-weifang")) {
            openAs(outsider, Locale.ENGLISH);
            UI.getCurrent().navigate("supervision/replay/" + id);
            assertThat(_get(Paragraph.class, spec -> spec.withId("replay-not-found")).getText())
                    .as(outsider).startsWith("Nothing found");
            signOut();
        }
        openAs("staff11", Locale.ENGLISH);
        UI.getCurrent().navigate("supervision/replay/" + id);
        assertThat(_get(H2.class, spec -> spec.withId("replay-heading")).getText())
                .isEqualTo("Replay: 回放权限测试联合体 (Innovation consortium)");
        // Who looked is the supervisors' to see.
        assertThat(_find(Grid.class, spec -> spec.withId("replay-accesses"))).isEmpty();
        UI.getCurrent().navigate("supervision/replay-accesses");
        assertThat(_get(Paragraph.class, spec -> spec.withId("accesses-refused"))).isNotNull();
        // The consortium's page offers the replay to its cluster's staff.
        UI.getCurrent().navigate("consortia/" + id);
        assertThat(_get(Anchor.class, spec -> spec.withId("replay-link")).getHref())
                .isEqualTo("supervision/replay/" + id);
    }

    private ConsortiumId consortium(String name) {
        ConsortiumId id = ConsortiumId.create();
        send(new ProposeConsortiumCommand(id, ClusterId.of(ConsortiumRest.POWER_CLUSTER), name,
                TechnologyArea.BASIC_MATERIALS, List.of("回放"), "攻关发动机关键材料。", List.of("中试平台"),
                ConsortiumRest.WEICHAI, ConsortiumRest.WEICHAI_CODE, OrganizationKind.ENTERPRISE, Commitment.none()));
        send(new InviteOrganizationCommand(id, ConsortiumRest.SDU, ConsortiumRest.SDU_CODE,
                OrganizationKind.UNIVERSITY, MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, true));
        return id;
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(WEICHAI)),
                10, TimeUnit.SECONDS);
    }
}
