package org.clusterhub.app.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.ActivityFigures;
import org.clusterhub.activity.api.ActivityFilter;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.FigureGrouping;
import org.clusterhub.activity.api.FigureRow;
import org.clusterhub.activity.api.FindActivityFiguresQuery;
import org.clusterhub.activity.api.PlanActivityCommand;
import org.clusterhub.activity.api.PublishActivityCommand;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An activity that belongs to a public service project counts in that project's follow-up figures. */
@IntegrationTest
class ActivityProjectFiguresTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    UserDetailsService users;

    @Test
    void theFiguresGroupedByProjectCountAnActivityForItsProject() {
        ProjectTestCommands projects = new ProjectTestCommands(commands, queries, users);
        String title = ProjectTestCommands.marker("活动计入项目") + " 产业链供需对接系列活动";
        ProjectId project = projects.draft("staff01", ProjectKind.PUBLIC_SERVICE_ACTIVITY, title);
        ClusterId cluster = ClusterId.of(projects.actor("staff01").clusterIds().iterator().next());

        // Held ten days ago: planned and published then, as the demo seeder writes the past.
        Instant then = Instant.now().minus(Duration.ofDays(10));
        ActivityId activity = ActivityId.create();
        GenericEventMessage.clock = Clock.fixed(then, ZoneOffset.UTC);
        try {
            Instant start = then.plus(Duration.ofHours(1));
            send(new PlanActivityCommand(activity, cluster, ActivityKind.MATCHMAKING, "供需对接会（计入项目）",
                    "整零对接", City.QINGDAO, "青岛国际会议中心", false, start, start.plus(Duration.ofHours(6)), 50,
                    then.minusSeconds(60), start, false, List.of(), 10, 30, project));
            send(new PublishActivityCommand(activity));
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }

        FindActivityFiguresQuery byProject = new FindActivityFiguresQuery(new ActivityFilter(null, null, null, cluster,
                null, null, true, null), FigureGrouping.PROJECT);
        await().atMost(Duration.ofSeconds(10)).until(() -> row(byProject, project.toString()).isPresent());
        FigureRow row = row(byProject, project.toString()).orElseThrow();
        assertThat(row.labelZh()).isEqualTo(title);
        assertThat(row.activities()).isOne();
    }

    private Optional<FigureRow> row(FindActivityFiguresQuery query, String key) {
        ActivityFigures figures = queries.query(query, ResponseTypes.instanceOf(ActivityFigures.class)).join();
        return figures.rows().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(Actor.SYSTEM)),
                15, TimeUnit.SECONDS);
    }
}
