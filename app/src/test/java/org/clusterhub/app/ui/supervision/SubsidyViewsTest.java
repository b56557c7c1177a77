package org.clusterhub.app.ui.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.subsidy.ConcurrentGrants;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subsidy screens against the real stores: a supervisor defines a programme, is refused a grant beyond its budget
 * (the message on screen, nothing stored), grants within it and records a payment; promotion staff read their
 * cluster's grants and not another's, in Chinese and English; others are told programmes are the province's.
 */
@IntegrationTest
class SubsidyViewsTest extends KaribuViewTest {

    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    void aSupervisorDefinesAProgrammeIsHeldToItsBudgetGrantsAndPays() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("subsidies");
        String name = "集群服务奖补" + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, spec -> spec.withId("define-programme")));
        _get(IntegerField.class, spec -> spec.withId("programme-year")).setValue(2026);
        _get(Select.class, spec -> spec.withId("programme-kind")).setValue(ProgrammeKind.OTHER);
        _get(TextField.class, spec -> spec.withId("programme-name")).setValue(name);
        _get(BigDecimalField.class, spec -> spec.withId("programme-budget")).setValue(new BigDecimal("1000"));
        _click(_get(Button.class, spec -> spec.withId("define-programme-save")));
        assertThat(_get(H2.class, spec -> spec.withId("programme-name")).getText()).isEqualTo(name);
        String programmeId = UI.getCurrent().getInternals().getActiveViewLocation().getPath().substring(
                "subsidies/".length());
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("award-grant")));
        _get(TextField.class, spec -> spec.withId("award-organization")).setValue("济南二机床集团有限公司");
        _get(Select.class, spec -> spec.withId("award-city")).setValue(City.JINAN);
        _get(BigDecimalField.class, spec -> spec.withId("award-amount")).setValue(new BigDecimal("1000.01"));
        _get(TextArea.class, spec -> spec.withId("award-purpose")).setValue("首台（套）数控机床奖励");
        _get(BigDecimalField.class, spec -> spec.withId("award-tranche-amount-0")).setValue(new BigDecimal("1000.01"));
        _click(_get(Button.class, spec -> spec.withId("award-grant-dialog-save")));
        NotificationsKt.expectNotifications("超出预算：本次需安排 1000.01 万元，可安排余额仅 1000.00 万元。");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("award-amount")).isInvalid()).isTrue();
        assertThat(eventStore.lastSequenceNumberFor(programmeId)).as("nothing stored for the refusal").contains(0L);

        _get(BigDecimalField.class, spec -> spec.withId("award-amount")).setValue(new BigDecimal("400"));
        _get(BigDecimalField.class, spec -> spec.withId("award-tranche-amount-0")).setValue(new BigDecimal("400"));
        _click(_get(Button.class, spec -> spec.withId("award-grant-dialog-save")));
        assertThat(_find(Button.class, spec -> spec.withId("award-grant-dialog-save"))).as("dialog closed").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("programme-figures")).getText())
                .isEqualTo("预算 1000.00 万元 · 已安排 400.00 万元 · 已拨付 0.00 万元 · 可安排余额 600.00 万元 · 待拨付 400.00 万元");
        @SuppressWarnings("unchecked")
        Grid<GrantView> grants = _get(Grid.class, spec -> spec.withId("grant-grid"));
        assertThat(GridKt._size(grants)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grants, 0)).contains("济南二机床集团有限公司 · 济南市", "400.00", "1 可拨付");

        GridKt._clickItem(grants, 0);
        assertThat(_get(Span.class, spec -> spec.withId("grant-figures")).getText())
                .isEqualTo("奖补 400.00 万元 · 已拨付 0.00 万元 · 待拨付 400.00 万元 · 执行中");
        @SuppressWarnings("unchecked")
        Grid<TrancheView> tranches = _get(Grid.class, spec -> spec.withId("tranche-grid"));
        assertThat(String.join(" | ", GridKt._getFormattedRow(tranches, 0)))
                .contains("400.00 | 下达即可拨付", "text='可拨付'", "起可拨付");
        _click(_get(GridKt._getCellComponent(tranches, 0, "actions"), Button.class,
                spec -> spec.withId("pay-tranche-1")));
        _get(TextField.class, spec -> spec.withId("payment-voucher")).setValue("鲁财工指〔2026〕7号");
        _click(_get(Button.class, spec -> spec.withId("payment-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("programme-figures")).getText())
                .contains("已拨付 400.00 万元", "待拨付 0.00 万元");
        assertThat(_get(Span.class, spec -> spec.withId("grant-figures")).getText()).contains("已拨付完毕");
        assertThat(String.join(" | ", GridKt._getFormattedRow(tranches, 0))).contains("text='已拨付'",
                "已拨付，凭证 鲁财工指〔2026〕7号");
        assertThat(_find(GridKt._getCellComponent(tranches, 0, "actions"), Button.class))
                .as("paid: nothing left to do").isEmpty();
    }

    @Test
    void promotionStaffReadTheirClustersGrantsAndOnlyThose() {
        String name = "国家级集群竞赛奖励" + UUID.randomUUID().toString().substring(0, 6);
        FundingProgrammeId programme = FundingProgrammeId.create();
        GrantId grant = GrantId.create();
        ConcurrentGrants.send(commands, new DefineFundingProgrammeCommand(programme, 2026,
                ProgrammeKind.NATIONAL_CLUSTER_AWARD, name, null, new BigDecimal("2000")));
        ConcurrentGrants.send(commands, new AwardGrantCommand(programme, grant, RecipientKind.ORGANIZATION, null, null,
                RAIL, null, new BigDecimal("1000"), "国家级集群竞赛胜出", List.of(
                new TranchePlan(new BigDecimal("500"), TrancheCondition.ON_GRANT, null, null),
                new TranchePlan(new BigDecimal("500"), TrancheCondition.SUPERVISOR_CONFIRMATION, null, "年度评价合格"))));
        ConcurrentGrants.send(commands, new RecordTranchePaymentCommand(programme, grant, 1, LocalDate.now(),
                "V-" + name, null));
        ConcurrentGrants.awaitProgramme(queries, programme, 3);

        openAs("staff01", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-grants");
        _get(TextField.class, spec -> spec.withId("my-grants-search")).setValue(name);
        @SuppressWarnings("unchecked")
        Grid<GrantView> mine = _get(Grid.class, spec -> spec.withId("my-grants-grid"));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(mine, 0)).contains(name,
                "青岛市轨道交通装备产业协会 · 青岛轨道交通装备产业集群 · 青岛市", "1000.00", "500.00", "1 已拨付 · 2 待满足条件");
        assertThat(_get(Span.class, spec -> spec.withId("my-grants-totals")).getText())
                .isEqualTo("共 1 项奖补 · 奖补 1000.00 万元 · 已拨付 500.00 万元");
        GridKt._clickItem(mine, 0);
        @SuppressWarnings("unchecked")
        Grid<TrancheView> tranches = _get(Grid.class, spec -> spec.withId("tranche-grid"));
        assertThat(tranches.getColumnByKey("actions")).as("staff only read: no buttons").isNull();
        assertThat(String.join(" | ", GridKt._getFormattedRow(tranches, 1)))
                .contains("500.00 | 经主管部门确认后（年度评价合格）", "text='待满足条件'");
        UI.getCurrent().navigate("subsidies");
        assertThat(_get(Paragraph.class, spec -> spec.withId("programmes-refused")).getText())
                .contains("省级主管部门");
        signOut();

        openAs("staff02", Locale.ENGLISH);
        UI.getCurrent().navigate("my-grants");
        _get(TextField.class, spec -> spec.withId("my-grants-search")).setValue(name);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("my-grants-grid")))).as("another cluster's")
                .isZero();
        signOut();

        openAs("staff01", Locale.ENGLISH);
        UI.getCurrent().navigate("my-grants");
        _get(TextField.class, spec -> spec.withId("my-grants-search")).setValue(name);
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("my-grants-grid")), 0))
                .contains("1 Paid · 2 Waiting");
        assertThat(_get(Span.class, spec -> spec.withId("my-grants-totals")).getText())
                .isEqualTo("Grants: 1 · granted 1000.00 · paid 500.00 (10k CNY)");
        signOut();

        openAs("expert01", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-grants");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-grants-none")).getText()).isEqualTo("您的角色不涉及奖补。");
    }
}
