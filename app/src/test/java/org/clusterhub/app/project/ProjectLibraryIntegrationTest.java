package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.project.ProjectScenario.member;
import static org.clusterhub.app.project.ProjectScenario.sections;
import static org.clusterhub.app.project.ProjectScenario.staff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project library through the query bus: each person's scope, the filters, sorting and paging, and totals over
 * every match rather than the page. The projects live in clusters of their own, so that counts are exact.
 */
@IntegrationTest
class ProjectLibraryIntegrationTest {

    static final String JINAN_LEAD = "济南二机床集团有限公司";
    static final String QINGDAO_LEAD = "青岛海德威科技有限公司";

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;

    @AfterEach
    void resetClock() {
        ProjectScenario.resetClock();
    }

    @Test
    void eachScopeFilterSortAndPageOverTheLibraryWithTotalsOverEveryMatch() {
        ProjectScenario scenario = new ProjectScenario(commands, queries, eventStore);
        ProjectScenario.shiftClock(Duration.ofDays(-10));
        ClusterId tools = scenario.freshCluster(City.JINAN);
        ClusterId ships = scenario.freshCluster(City.QINGDAO);
        Actor toolsStaff = staff("staff-tools", tools, City.JINAN, "机床测试促进会");
        Actor shipsStaff = staff("staff-ships", ships, City.QINGDAO, "船舶测试促进会");

        ProjectId approved = scenario.draft(toolsStaff, tools, "五轴机床共性技术研发平台", JINAN_LEAD, City.JINAN);
        scenario.send(toolsStaff, new AddParticipantCommand(approved, "山东大学", City.JINAN,
                sections(ProjectSection.BUDGET)));
        scenario.complete(toolsStaff, approved, "400", "350", LocalDate.of(2027, 9, 30), JINAN_LEAD);
        scenario.approved(toolsStaff, approved, City.JINAN, LibraryState.IMPLEMENTATION);
        scenario.send(member("member-jinan-lead", City.JINAN, JINAN_LEAD), new RecordExpenditureCommand(approved,
                "b1", new BigDecimal("80.25"), "设备预付款"));

        ProjectId small = scenario.draft(toolsStaff, tools, "机床行业人才培训活动", JINAN_LEAD, City.JINAN);
        scenario.send(toolsStaff, new AddBudgetLineCommand(small, "b1", "培训费", FundingSource.OWN_FUNDS,
                new BigDecimal("30")));
        ProjectId partnered = scenario.draft(toolsStaff, tools, "机床数控系统攻关项目", JINAN_LEAD, City.JINAN);
        scenario.send(toolsStaff, new AddParticipantCommand(partnered, "青岛科技大学", City.QINGDAO, Set.of()));
        scenario.send(toolsStaff, new AddBudgetLineCommand(partnered, "b1", "研发费", FundingSource.ENTERPRISE_FUNDS,
                new BigDecimal("120")));
        ProjectId ship = scenario.draft(shipsStaff, ships, "海工装备智能焊接公共服务平台", QINGDAO_LEAD, City.QINGDAO);
        scenario.send(shipsStaff, new AddBudgetLineCommand(ship, "b1", "焊接设备", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal("90")));
        scenario.awaitProcessor(processing, tokens, "project-catalog");

        ProjectFilter inTools = filter(tools, null, null, null, null, null, false, null);
        ProjectPage byFunding = page(inTools, ProjectScope.of(ProjectScenario.SUPERVISOR), ProjectSort.FUNDING, true,
                0, 2);
        assertThat(byFunding.items()).extracting(ProjectSummary::projectId).containsExactly(approved, partnered);
        assertThat(byFunding.totals().count()).isEqualTo(3);
        assertThat(byFunding.totals().approvedBudget()).isEqualByComparingTo("750");
        assertThat(byFunding.totals().provincialSubsidy()).isEqualByComparingTo("400");
        assertThat(byFunding.totals().spent()).isEqualByComparingTo("80.25");
        ProjectPage secondPage = page(inTools, ProjectScope.of(ProjectScenario.SUPERVISOR), ProjectSort.FUNDING, true,
                2, 2);
        assertThat(secondPage.items()).extracting(ProjectSummary::projectId).containsExactly(small);
        assertThat(secondPage.totals()).isEqualTo(byFunding.totals());
        assertThat(page(inTools, ProjectScope.of(ProjectScenario.SUPERVISOR), ProjectSort.FUNDING, false, 0, 1)
                .items()).extracting(ProjectSummary::projectId).containsExactly(small);
        assertThat(page(inTools, ProjectScope.of(ProjectScenario.SUPERVISOR), ProjectSort.STATUS, true, 0, 1)
                .items()).extracting(ProjectSummary::status).containsExactly(ProjectStatus.IN_PROGRESS);

        ProjectSummary row = byFunding.items().get(0);
        assertThat(row.clusterName()).startsWith("测试集群");
        assertThat(row.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(row.libraryState()).isEqualTo(LibraryState.IMPLEMENTATION);
        assertThat(row.requestedBudget()).isEqualByComparingTo("750");
        assertThat(row.leadOrganization()).isEqualTo(JINAN_LEAD);

        assertThat(ids(ProjectFilter.none(), ProjectScope.of(toolsStaff))).containsExactlyInAnyOrder(approved, small,
                partnered);
        assertThat(ids(ProjectFilter.none(), ProjectScope.of(shipsStaff))).containsExactly(ship);
        ProjectFilter both = filter(null, null, null, null, null, null, false, "平台");
        assertThat(ids(both, ProjectScope.of(ProjectScenario.coordinator(City.QINGDAO))))
                .as("text narrows").contains(ship).doesNotContain(partnered);
        assertThat(ids(filter(null, null, null, null, null, null, false, null),
                ProjectScope.of(ProjectScenario.coordinator(City.QINGDAO))))
                .as("a partner's city counts").contains(partnered, ship).doesNotContain(approved, small);
        assertThat(ids(ProjectFilter.none(), ProjectScope.of(member("member-sdu", City.JINAN, "山东大学"))))
                .contains(approved).doesNotContain(small, partnered, ship);

        assertThat(ids(filter(tools, ProjectStatus.DRAFT, null, null, null, null, false, null),
                ProjectScope.of(ProjectScenario.SUPERVISOR))).containsExactlyInAnyOrder(small, partnered);
        assertThat(ids(filter(tools, null, LibraryState.IMPLEMENTATION, null, null, null, false, null),
                ProjectScope.of(ProjectScenario.SUPERVISOR))).containsExactly(approved);
        assertThat(ids(filter(tools, null, null, City.QINGDAO, null, null, false, null),
                ProjectScope.of(ProjectScenario.SUPERVISOR))).containsExactly(partnered);
        assertThat(ids(filter(tools, null, null, null, new BigDecimal("100"), new BigDecimal("500"), false, null),
                ProjectScope.of(ProjectScenario.SUPERVISOR))).containsExactly(partnered);
        assertThat(ids(filter(tools, null, null, null, null, null, false, "人才培训"),
                ProjectScope.of(ProjectScenario.SUPERVISOR))).containsExactly(small);
        ProjectFilter in2029 = new ProjectFilter(tools, null, null, null, null, 2029, null, null, false, null);
        assertThat(page(in2029, ProjectScope.of(ProjectScenario.SUPERVISOR), ProjectSort.TITLE, false, 0, 10)
                .totals().count()).isZero();
    }

    private static ProjectFilter filter(ClusterId cluster, ProjectStatus status, LibraryState state, City city,
                                        BigDecimal min, BigDecimal max, boolean overdue, String text) {
        return new ProjectFilter(cluster, null, state, status, city, null, min, max, overdue, text);
    }

    private java.util.List<ProjectId> ids(ProjectFilter filter, ProjectScope scope) {
        return page(filter, scope, ProjectSort.LAST_CHANGED, true, 0, 100).items().stream()
                .map(ProjectSummary::projectId).toList();
    }

    private ProjectPage page(ProjectFilter filter, ProjectScope scope, ProjectSort sort, boolean descending,
                             int offset, int limit) {
        return new ProjectScenario(commands, queries, eventStore).query(new FindProjectsQuery(filter, scope, sort,
                descending, offset, limit), ProjectPage.class);
    }
}
