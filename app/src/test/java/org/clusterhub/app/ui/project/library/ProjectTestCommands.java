package org.clusterhub.app.ui.project.library;

import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.infrastructure.security.ClusterHubUser;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.FindProjectsQuery;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSort;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Projects for view tests, made through the real command bus as demo accounts: the same gates (validation, role,
 * the aggregate's scope checks) as a screen's commands. Contexts are shared, so each test marks its projects with
 * its own text and filters by it.
 */
public final class ProjectTestCommands {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserDetailsService users;

    public ProjectTestCommands(CommandGateway commands, QueryGateway queries, UserDetailsService users) {
        this.commands = commands;
        this.queries = queries;
        this.users = users;
    }

    public static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public Actor actor(String username) {
        return ((ClusterHubUser) users.loadUserByUsername(username)).actor();
    }

    public void send(String username, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ActorMetaData.of(actor(username))), 15, TimeUnit.SECONDS);
    }

    /** A draft of the staff member's (first) cluster, centered in their organization's city, led by {@code lead}. */
    public ProjectId draft(String staff, ProjectKind kind, String title, String lead) {
        Actor actor = actor(staff);
        ProjectId id = ProjectId.create();
        int year = Year.now(SHANGHAI).getValue();
        send(staff, new DraftProjectCommand(id, ClusterId.of(actor.clusterIds().iterator().next()), kind, title,
                lead == null ? actor.organization() : lead, actor.city(), "张工", year, year + 2));
        return id;
    }

    public ProjectId draft(String staff, ProjectKind kind, String title) {
        return draft(staff, kind, title, null);
    }

    /** Fills every part a submission needs: aims, content, a budget line, a milestone, an indicator. */
    public void complete(String staff, ProjectId id, BigDecimal budget) {
        send(staff, new ReviseProjectSectionCommand(id, ProjectSection.AIMS, "提升集群公共服务能力。", null));
        send(staff, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT, "建设公共检测平台。", null));
        send(staff, new AddBudgetLineCommand(id, "line-1", "检测设备购置", FundingSource.PROVINCIAL_SUBSIDY, budget));
        send(staff, new AddMilestoneCommand(id, "m-1", "设备到位", LocalDate.now(SHANGHAI).plusDays(60),
                "验收单", actor(staff).organization()));
        send(staff, new AddIndicatorCommand(id, "kpi-1", "服务企业数", "家", new BigDecimal("50")));
    }

    public void submit(String staff, ProjectId id) {
        send(staff, new SubmitProjectCommand(id, null));
    }

    /** Waits until the project's read model includes its events up to {@code version}. */
    public ProjectView awaitProject(ProjectId id, long version) {
        return queries.query(new FindProjectQuery(id, version), ResponseTypes.instanceOf(ProjectView.class)).join();
    }

    /** Waits until the library answers {@code count} projects for a filter within an actor's scope. */
    public ProjectPage awaitLibrary(String username, ProjectFilter filter, long count) {
        ProjectScope scope = ProjectScope.of(actor(username));
        ProjectPage[] last = new ProjectPage[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = library(scope, filter, 0, 500);
            return last[0].totals().count() == count;
        });
        return last[0];
    }

    public ProjectPage library(ProjectScope scope, ProjectFilter filter, int offset, int limit) {
        return queries.query(new FindProjectsQuery(filter, scope, ProjectSort.TITLE, false, offset, limit),
                ResponseTypes.instanceOf(ProjectPage.class)).join();
    }

    /** Opens a location with query parameters, as a bookmark or a shared link would. */
    public static void open(String location) {
        int question = location.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, question),
                    QueryParameters.fromString(location.substring(question + 1)));
        }
    }

    public static ProjectFilter text(String text) {
        return new ProjectFilter(null, null, null, null, null, null, null, null, false, text);
    }
}
