package org.clusterhub.app.ui.project.detail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.infrastructure.security.ClusterHubUser;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.AddParticipantCommand;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Draft projects for editor tests, made the way people make them: commands sent as a demo account (with its
 * metadata), then waited for in the read model. The draft belongs to the cluster of {@code staff06} (smart
 * agricultural machinery, in Weifang), led by Weichai in Weifang, with Shandong University (Jinan) as a partner
 * given the aims and the budget, so that {@code member-sdu} may edit exactly those.
 */
public final class DraftProjects {

    public static final String STAFF = "staff06";
    public static final String LEAD = "潍柴动力股份有限公司";
    public static final String PARTNER = "山东大学";
    public static final String PARTNER_MEMBER = "member-sdu";

    /** What a test needs to find again: the project, its two budget lines, one milestone and one indicator. */
    public record Draft(ProjectId projectId, String equipmentLine, String staffLine, String milestoneId,
                        String indicatorId) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore events;
    private final UserDetailsService users;

    public DraftProjects(ApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.queries = context.getBean(QueryGateway.class);
        this.events = context.getBean(EventStore.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public Actor actor(String username) {
        return ((ClusterHubUser) users.loadUserByUsername(username)).actor();
    }

    public String displayName(String username) {
        return actor(username).displayName();
    }

    /** A complete draft (aims, content, budget, a milestone, an indicator), as {@link #STAFF}. */
    public Draft draft(String title) {
        ProjectId id = ProjectId.create();
        Actor staff = actor(STAFF);
        ClusterId cluster = ClusterId.of(staff.clusterIds().iterator().next());
        send(STAFF, new DraftProjectCommand(id, cluster, ProjectKind.PUBLIC_SERVICE_PLATFORM, title, LEAD,
                City.WEIFANG, "王建国", 2026, 2027));
        send(STAFF, new AddParticipantCommand(id, PARTNER, City.JINAN,
                Set.of(ProjectSection.AIMS, ProjectSection.BUDGET)));
        send(STAFF, new ReviseProjectSectionCommand(id, ProjectSection.AIMS,
                "建成覆盖全省的智能农机共性技术服务平台。", version(id)));
        send(STAFF, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT,
                "建设试验检测中心与数据平台，开展共性技术攻关。", version(id)));
        String equipment = UUID.randomUUID().toString();
        String staffCosts = UUID.randomUUID().toString();
        send(STAFF, new AddBudgetLineCommand(id, equipment, "试验检测设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal("120.00")));
        send(STAFF, new AddBudgetLineCommand(id, staffCosts, "研发人员费用", FundingSource.OWN_FUNDS,
                new BigDecimal("30.00")));
        String milestone = UUID.randomUUID().toString();
        send(STAFF, new AddMilestoneCommand(id, milestone, "检测中心建成", LocalDate.of(2026, 12, 31),
                "检测中心通过计量认证", LEAD));
        String indicator = UUID.randomUUID().toString();
        send(STAFF, new AddIndicatorCommand(id, indicator, "服务企业数量", "家", new BigDecimal("200")));
        awaitReadModel(id, version(id));
        return new Draft(id, equipment, staffCosts, milestone, indicator);
    }

    /** Sends a command as a demo account and waits for it to be stored. */
    public void send(String username, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ActorMetaData.of(actor(username))), 10, TimeUnit.SECONDS);
    }

    /** The project's aggregate version (sequence number of its last event). */
    public long version(ProjectId id) {
        return events.lastSequenceNumberFor(id.toString()).orElse(-1L);
    }

    public ProjectView awaitReadModel(ProjectId id, long version) {
        Optional<ProjectView> view = queries.query(new FindProjectQuery(id, version),
                ResponseTypes.optionalInstanceOf(ProjectView.class)).join();
        return view.filter(v -> v.version() >= version)
                .orElseThrow(() -> new AssertionError("read model never reached version " + version + " of " + id));
    }

    public ProjectView current(ProjectId id) {
        return awaitReadModel(id, version(id));
    }
}
