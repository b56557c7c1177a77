package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;

/**
 * Walks projects through their lifecycle with real commands, as the right people (actors in the commands' metadata,
 * as the UI and REST send them). Publicity ends by deadline only: tests that need an approved project run it ten days
 * in the past ({@link #shiftClock}, Axon's event clock), so that the publicity deadline is already due when the
 * approval schedules it.
 */
final class ProjectScenario {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor SUPERVISOR = new Actor(userId("supervisor"), "supervisor", "省工信厅 督导员", Role.SUPERVISOR,
            Set.of(), City.JINAN, "山东省工业和信息化厅");
    static final List<ExpertCandidate> EXPERTS = List.of(
            new ExpertCandidate("expert03", "张伟", "山东省科学院"),
            new ExpertCandidate("expert04", "刘洋", "齐鲁工业大学"),
            new ExpertCandidate("expert05", "陈静", "山东理工大学"));

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;

    ProjectScenario(CommandGateway commands, QueryGateway queries, EventStore eventStore) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    static String userId(String username) {
        return UserAccountId.forUsername(username).toString();
    }

    static Actor staff(String username, ClusterId cluster, City city, String organization) {
        return new Actor(userId(username), username, organization + " 工作人员", Role.PROMOTION_STAFF,
                Set.of(cluster.toString()), city, organization);
    }

    static Actor coordinator(City city) {
        String username = "coord-" + city.name().toLowerCase(java.util.Locale.ROOT);
        return new Actor(userId(username), username, city + " 协调员", Role.CITY_COORDINATOR, Set.of(), city,
                city + "工业和信息化局");
    }

    static Actor member(String username, City city, String organization) {
        return new Actor(userId(username), username, organization + " 成员", Role.MEMBER, Set.of(), city,
                organization);
    }

    static Actor expert(ExpertCandidate candidate) {
        return new Actor(userId(candidate.username()), candidate.username(), candidate.displayName(), Role.EXPERT,
                Set.of(), City.JINAN, candidate.organization());
    }

    /** A cluster of its own for a test, so that library totals over it count only the test's projects. */
    ClusterId freshCluster(City center) {
        String code = "project-test-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterId id = ClusterId.forPlanCode(code);
        send(Actor.SYSTEM, new RegisterClusterCommand(id, null, code, "测试集群" + code, "Test cluster " + code,
                ClusterLevel.PROVINCIAL, new PromotionOrganization("测试促进会" + code, "Test association"),
                List.of(center), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        return id;
    }

    ProjectId draft(Actor staff, ClusterId cluster, String title, String lead, City city) {
        ProjectId id = ProjectId.create();
        send(staff, new DraftProjectCommand(id, cluster, ProjectKind.PUBLIC_SERVICE_PLATFORM, title, lead, city,
                "周涛", 2026, 2028));
        return id;
    }

    /** Aims, content, a provincial and an enterprise budget line, a milestone and a KPI: ready to submit. */
    void complete(Actor staff, ProjectId id, String subsidy, String enterprise, LocalDate milestoneDue, String owner) {
        send(staff, new ReviseProjectSectionCommand(id, ProjectSection.AIMS, "建成面向集群企业的公共试验验证平台", null));
        send(staff, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT, "购置试验设备，建设检测实验室", null));
        send(staff, new AddBudgetLineCommand(id, "b1", "试验设备购置", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal(subsidy)));
        send(staff, new AddBudgetLineCommand(id, "b2", "企业配套投入", FundingSource.ENTERPRISE_FUNDS,
                new BigDecimal(enterprise)));
        send(staff, new AddMilestoneCommand(id, "m1", "实验室建成", milestoneDue, "实验室通过CNAS评审", owner));
        send(staff, new AddIndicatorCommand(id, "k1", "服务企业数量", "家", new BigDecimal("120")));
    }

    /** Submitted, recommended by the center city, reviewed by three experts; awaiting the provincial decision. */
    void reviewed(Actor staff, ProjectId id, City city) {
        send(staff, new SubmitProjectCommand(id, null));
        send(coordinator(city), new RecommendProjectCommand(id, "同意推荐"));
        send(SUPERVISOR, new DrawExpertPanelCommand(id, EXPERTS, 3, ScoringCriterion.standard(), today().plusDays(20),
                7L));
        for (ExpertCandidate candidate : EXPERTS) {
            send(expert(candidate), new DeclareConflictOfInterestCommand(id, false, null));
            send(expert(candidate), new LockExpertScoresCommand(id, scores(80), "方案可行"));
        }
    }

    static List<CriterionScore> scores(int base) {
        return ScoringCriterion.standard().stream().map(c -> new CriterionScore(c.key(), base)).toList();
    }

    /**
     * Approves for publicity with one working day of publicity starting today, and waits for the publicity deadline
     * to end it. Call {@link #shiftClock} (ten days back) before the project's first command: then "today" is in the
     * past, the deadline is already due when it is scheduled and fires at once, and the project's timeline stays in
     * order.
     */
    void approveAndEndPublicity(ProjectId id) {
        LocalDate realToday = LocalDate.now(SHANGHAI);
        if (!today().isBefore(realToday.minusDays(4))) {
            throw new IllegalStateException("shift the clock back (ProjectScenario.shiftClock) before the project starts");
        }
        send(SUPERVISOR, new ApproveProjectCommand(id, "同意立项", 1, today()));
        awaitEvent(id, PublicityEndedEvent.class, Duration.ofSeconds(30));
    }

    void approved(Actor staff, ProjectId id, City city, LibraryState state) {
        reviewed(staff, id, city);
        approveAndEndPublicity(id);
        send(SUPERVISOR, new ConfirmApprovalCommand(id, state));
    }

    static void shiftClock(Duration offset) {
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), offset);
    }

    static void resetClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), SHANGHAI);
    }

    void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                10, TimeUnit.SECONDS);
    }

    long version(ProjectId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).orElse(-1L);
    }

    /** The project as its screen shows it, once the read model has every stored event of it. */
    ProjectView view(ProjectId id) {
        try {
            Optional<ProjectView> view = queries.query(new FindProjectQuery(id, version(id)),
                    ResponseTypes.optionalInstanceOf(ProjectView.class)).get(10, TimeUnit.SECONDS);
            assertThat(view).isPresent();
            assertThat(view.get().version()).isEqualTo(version(id));
            return view.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    <R> R query(Object query, Class<R> type) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(type)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every segment of a processor has handled every event stored so far (during a replay too: a replay
     * token still counts as replaying until a newer event arrives, so its position is what tells).
     */
    void awaitProcessor(EventProcessingConfiguration processing, TokenStore tokens, String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow();
        long head = eventStore.createHeadToken().position().orElse(-1);
        int segments = tokens.fetchSegments(name).length;
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.size() == segments && status.values().stream()
                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError(name + " did not reach position " + head + ": " + processor.processingStatus());
    }

    void awaitEvent(ProjectId id, Class<?> type, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (eventStore.readEvents(id.toString()).asStream().map(DomainEventMessage::getPayloadType)
                    .anyMatch(type::equals)) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError(type.getSimpleName() + " not stored within " + patience);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Set<ProjectSection> sections(ProjectSection... sections) {
        return sections.length == 0 ? Set.of() : EnumSet.of(sections[0], sections);
    }
}
