package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.AssessNationallyLeadingCommand;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.WithdrawNationallyLeadingCommand;
import org.clusterhub.dashboard.api.FindProvinceDashboardQuery;
import org.clusterhub.dashboard.api.ProvinceDashboard;
import org.clusterhub.dashboard.api.ProvinceDashboard.ClusterFigures;
import org.clusterhub.project.api.FindProjectsAsOfQuery;
import org.clusterhub.project.api.FindProjectsQuery;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.project.api.WithdrawProjectCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 016: a scripted history, recording after each step what the live project library and the live province dashboard
 * answered; the library and the dashboard rebuilt from the event store as of each recorded instant must answer exactly
 * that again.
 */
@IntegrationTest
class LibraryAndDashboardAsOfTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    record Shown(Instant at, ProjectPage library, ProjectPage cityLibrary, ClusterFigures cluster,
                 ProvinceDashboard.Targets targets) {
    }

    @Test
    void theLibraryAndTheDashboardAsOfEachPointAreWhatTheLiveScreensShowedThen() throws Exception {
        ProjectScenario scenario = new ProjectScenario(commands, queries, eventStore);
        ClusterId cluster = scenario.freshCluster(City.ZIBO);
        Actor staff = ProjectScenario.staff("staff-asof", cluster, City.ZIBO, "淄博测试促进会");
        List<Shown> shown = new ArrayList<>();

        shown.add(record(cluster));
        ProjectId first = scenario.draft(staff, cluster, "淄博新材料中试平台", "淄博测试促进会", City.ZIBO);
        scenario.view(first);
        shown.add(record(cluster));
        scenario.complete(staff, first, "300", "500", ProjectScenario.today().plusMonths(6), "淄博测试促进会");
        scenario.send(staff, new SubmitProjectCommand(first, null));
        scenario.view(first);
        shown.add(record(cluster));
        ProjectId second = scenario.draft(staff, cluster, "淄博陶瓷检测服务平台", "淄博测试促进会", City.ZIBO);
        scenario.view(second);
        scenario.send(ProjectScenario.SUPERVISOR, new AssessNationallyLeadingCommand(cluster, "国内领先评估", null));
        awaitCluster(cluster, 1);
        shown.add(record(cluster));
        scenario.send(staff, new WithdrawProjectCommand(second, "合并到第一个项目"));
        scenario.view(second);
        scenario.send(ProjectScenario.SUPERVISOR, new WithdrawNationallyLeadingCommand(cluster, "复核", null));
        awaitCluster(cluster, 2);
        shown.add(record(cluster));

        // The live figures moved as the history went.
        assertThat(shown.get(0).cluster().projects()).isZero();
        assertThat(shown.get(1).cluster().projectsByStatus()).containsEntry(ProjectStatus.DRAFT, 1L);
        assertThat(shown.get(2).cluster().projectsByStatus()).containsEntry(ProjectStatus.SUBMITTED, 1L)
                .containsEntry(ProjectStatus.DRAFT, 0L);
        assertThat(shown.get(3).cluster().projects()).isEqualTo(2);
        assertThat(shown.get(3).cluster().nationallyLeading()).isTrue();
        assertThat(shown.get(3).targets().nationallyLeadingClusters().reached())
                .isEqualTo(shown.get(2).targets().nationallyLeadingClusters().reached() + 1);
        assertThat(shown.get(4).cluster().projectsByStatus()).containsEntry(ProjectStatus.WITHDRAWN, 1L);
        assertThat(shown.get(4).cluster().nationallyLeading()).isFalse();
        assertThat(shown.get(3).library().totals().count()).isEqualTo(2);

        for (Shown point : shown) {
            assertThat(queries.query(new FindProjectsAsOfQuery(libraryOf(cluster, null), point.at()),
                            ResponseTypes.instanceOf(ProjectPage.class)).get(30, TimeUnit.SECONDS))
                    .as("library as of %s", point.at()).isEqualTo(point.library());
            assertThat(queries.query(new FindProjectsAsOfQuery(libraryOf(null, City.ZIBO), point.at()),
                            ResponseTypes.instanceOf(ProjectPage.class)).get(30, TimeUnit.SECONDS))
                    .as("city library as of %s", point.at()).isEqualTo(point.cityLibrary());
            ProvinceDashboard past = dashboard(point.at());
            assertThat(clusterOf(past, cluster)).as("dashboard cluster as of %s", point.at())
                    .isEqualTo(point.cluster());
            assertThat(past.targets()).as("targets as of %s", point.at()).isEqualTo(point.targets());
        }
    }

    private Shown record(ClusterId cluster) throws Exception {
        ProvinceDashboard live = dashboard(null);
        Shown shown = new Shown(Instant.now(), page(libraryOf(cluster, null)), page(libraryOf(null, City.ZIBO)),
                clusterOf(live, cluster), live.targets());
        // The next step's events are stored strictly after this instant.
        Thread.sleep(20);
        return shown;
    }

    private static FindProjectsQuery libraryOf(ClusterId cluster, City city) {
        return new FindProjectsQuery(new ProjectFilter(cluster, null, null, null, city, null, null, null, false,
                null), new ProjectScope(true, java.util.Set.of(), null, null), ProjectSort.LAST_CHANGED, true, 0, 50);
    }

    private ProjectPage page(FindProjectsQuery query) throws Exception {
        return queries.query(query, ResponseTypes.instanceOf(ProjectPage.class)).get(10, TimeUnit.SECONDS);
    }

    private ProvinceDashboard dashboard(Instant asOf) throws Exception {
        return queries.query(new FindProvinceDashboardQuery(asOf), ResponseTypes.instanceOf(ProvinceDashboard.class))
                .get(30, TimeUnit.SECONDS);
    }

    private static ClusterFigures clusterOf(ProvinceDashboard dashboard, ClusterId cluster) {
        return dashboard.clusters().stream().filter(c -> c.clusterId().equals(cluster.toString())).findFirst()
                .orElseThrow();
    }

    private void awaitCluster(ClusterId cluster, long version) throws Exception {
        queries.query(new FindClusterQuery(cluster, version), ResponseTypes.optionalInstanceOf(ClusterDetails.class))
                .get(10, TimeUnit.SECONDS);
    }
}
