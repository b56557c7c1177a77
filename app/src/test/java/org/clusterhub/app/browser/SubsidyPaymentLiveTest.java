package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.app.subsidy.ConcurrentGrants;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.subsidy.api.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a promotion staff member of 青岛轨道交通装备产业集群 has "my grants" open; the supervisor records
 * the payment of the first tranche of the cluster's award. The payment appears on the staff member's screen within a
 * second, without reloading: the paid amount and the tranche's state.
 */
@IntegrationTest
class SubsidyPaymentLiveTest {

    static final Duration LIMIT = Duration.ofMillis(1000);
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private Browser staff;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void aPaymentRecordedByTheSupervisorAppearsLiveOnTheStaffMembersGrants() {
        String name = "集群竞赛奖励（实时）" + UUID.randomUUID().toString().substring(0, 6);
        FundingProgrammeId programme = FundingProgrammeId.create();
        GrantId grant = GrantId.create();
        ConcurrentGrants.send(commands, new DefineFundingProgrammeCommand(programme, 2026,
                ProgrammeKind.NATIONAL_CLUSTER_AWARD, name, null, new BigDecimal("1000")));
        ConcurrentGrants.send(commands, new AwardGrantCommand(programme, grant, RecipientKind.ORGANIZATION, null, null,
                RAIL, null, new BigDecimal("500"), "国家级集群竞赛胜出奖励", List.of(
                new TranchePlan(new BigDecimal("200"), TrancheCondition.ON_GRANT, null, null),
                new TranchePlan(new BigDecimal("300"), TrancheCondition.SUPERVISOR_CONFIRMATION, null, "年度评价合格"))));

        staff = BrowserSupport.open("subsidy-live-staff", "http://localhost:" + port);
        staff.signIn("staff01", "/my-grants");
        staff.type("my-grants-search", name);
        // The totals follow the filter (this test's programme only); the grid keeps cells of earlier rows around.
        staff.waitUntil("the cluster's award, unpaid", Duration.ofSeconds(20), () -> staff.visibleText(
                "my-grants-totals").equals("共 1 项奖补 · 奖补 500.00 万元 · 已拨付 0.00 万元"));
        assertThat(staff.gridCells("my-grants-grid")).contains("青岛市轨道交通装备产业协会 · 青岛轨道交通装备产业集群 · 青岛市",
                "1 可拨付 · 2 待满足条件");
        staff.screenshot("before-payment");

        long start = System.nanoTime();
        ConcurrentGrants.send(commands, new RecordTranchePaymentCommand(programme, grant, 1, LocalDate.now(),
                "鲁财工指〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号", null));
        staff.waitUntil("the payment on the staff member's screen", Duration.ofSeconds(10), () -> staff
                .visibleText("my-grants-totals").contains("已拨付 200.00 万元")
                && staff.gridCells("my-grants-grid").contains("200.00"));
        long latency = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf("SUBSIDY live payment: %d ms from the supervisor's payment to the staff member's screen"
                + " (limit %d ms)%n", latency, LIMIT.toMillis());
        staff.screenshot("after-payment");
        assertThat(staff.gridCells("my-grants-grid")).contains("1 已拨付 · 2 待满足条件");
        assertThat(latency).isLessThanOrEqualTo(LIMIT.toMillis());
    }
}
