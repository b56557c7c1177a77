package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.clusterhub.app.project.ProjectScenario.SUPERVISOR;
import static org.clusterhub.app.project.ProjectScenario.member;
import static org.clusterhub.app.project.ProjectScenario.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityPlannedEvent;
import org.clusterhub.activity.api.MeetingId;
import org.clusterhub.activity.api.MeetingOutcome;
import org.clusterhub.activity.api.MeetingOutcomeRecordedEvent;
import org.clusterhub.activity.api.RegistrationId;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.challenge.api.BidSubmittedEvent;
import org.clusterhub.challenge.api.ChallengeDecisionPublishedEvent;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ChallengePostedEvent;
import org.clusterhub.challenge.api.ConsortiumBidder;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumOrigin;
import org.clusterhub.consortium.api.ProposeConsortiumCommand;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.project.api.AddProjectToLibraryCommand;
import org.clusterhub.project.api.ConfirmApprovalCommand;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOrigin;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.subsidy.api.AwardGrantCommand;
import org.clusterhub.subsidy.api.DefineFundingProgrammeCommand;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.GrantId;
import org.clusterhub.subsidy.api.ProgrammeKind;
import org.clusterhub.subsidy.api.RecipientKind;
import org.clusterhub.subsidy.api.TrancheBecamePayableEvent;
import org.clusterhub.subsidy.api.TrancheCondition;
import org.clusterhub.subsidy.api.TranchePlan;
import org.clusterhub.subsidy.command.SubsidyDirectory;
import org.clusterhub.subsidy.api.SubsidyProject;
import org.clusterhub.supervision.api.CorrelationEntry;
import org.clusterhub.supervision.api.CorrelatedEvents;
import org.clusterhub.supervision.api.FindCorrelationQuery;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.FindReplayAccessesQuery;
import org.clusterhub.supervision.api.FindReplayStateQuery;
import org.clusterhub.supervision.api.Provenance;
import org.clusterhub.supervision.api.ProvenanceBranch;
import org.clusterhub.supervision.api.ProvenanceLinkKind;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.supervision.api.ReplayAccessPage;
import org.clusterhub.supervision.api.ReplayAccessView;
import org.clusterhub.supervision.api.ReplayReference;
import org.clusterhub.supervision.api.ReplayState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * Provenance and correlation (ADR 018) over one complete chain: a matchmaking meeting (stored as the activity would
 * have stored it) → a consortium proposed from it (command) → its bid on a challenge, which it wins (stored as the
 * challenge would have) → the follow-up project drafted from the winning bid (command) and taken into the library →
 * a grant to it, whose first tranche becomes payable when the project's approval is confirmed (one user action, two
 * aggregates). The correlation of that action returns exactly its events across both aggregates; the provenance of
 * the consortium and of the project show the chain both ways; the replay names the follow-up project among the
 * challenge's related histories; the REST API records each opening and refuses staff of another cluster.
 */
@IntegrationTest
class ProvenanceIntegrationTest {

    static final String LEAD = "青岛溯源测试装备有限公司";

    @LocalServerPort
    int port;
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
    @Autowired
    SubsidyDirectory directory;

    ProjectScenario scenario;
    ClusterId cluster;
    Actor staff;

    @BeforeEach
    void setUp() {
        scenario = new ProjectScenario(commands, queries, eventStore);
        ProjectScenario.shiftClock(Duration.ofDays(-10));
        cluster = scenario.freshCluster(City.QINGDAO);
        staff = staff("staff-provenance", cluster, City.QINGDAO, "青岛溯源测试促进会");
    }

    @AfterEach
    void resetClock() {
        ProjectScenario.resetClock();
    }

    @Test
    void aChainFromMeetingToGrantIsFollowedBothWaysAndOneActionShowsAcrossAggregates() throws Exception {
        // The meeting at a matchmaking activity, where the lead and a university agreed to work together.
        ActivityId fair = ActivityId.create();
        MeetingId meeting = MeetingId.create();
        Instant starts = Instant.now().minus(Duration.ofDays(30));
        store("Activity", fair.toString(),
                new ActivityPlannedEvent(fair, cluster, ActivityKind.MATCHMAKING, "溯源测试供需对接会", "说明",
                        City.QINGDAO, "会议中心", false, starts, starts.plus(Duration.ofHours(8)), 50,
                        starts.minus(Duration.ofDays(20)), starts.minus(Duration.ofDays(1)), false, List.of(), 4, 30,
                        null),
                new MeetingOutcomeRecordedEvent(fair, meeting, RegistrationId.create(), LEAD,
                        MeetingOutcome.INTENTION, null, "同意组建联合体"));

        // The consortium proposed from that meeting.
        ConsortiumId consortium = ConsortiumId.create();
        scenario.send(member("member-provenance", City.QINGDAO, LEAD), new ProposeConsortiumCommand(consortium,
                cluster, "溯源测试创新联合体", TechnologyArea.BASIC_COMPONENTS, List.of("轴承"), "联合攻关高端轴承寿命问题",
                List.of("中试平台"), LEAD, org.clusterhub.app.consortium.ConsortiumRest.WEICHAI_CODE, OrganizationKind.ENTERPRISE, Commitment.none(),
                new ConsortiumOrigin(fair.toString(), meeting.toString())));

        // Its bid on a challenge, chosen as the winner.
        ChallengeId challenge = ChallengeId.create();
        store("Challenge", challenge.toString(),
                new ChallengePostedEvent(challenge, cluster, "青岛溯源测试促进会", "溯源测试轴承攻关", "寿命提升",
                        TechnologyArea.BASIC_COMPONENTS, List.of("轴承"), List.of(), new BigDecimal("500"), "奖励",
                        "省内单位", Instant.now().minus(Duration.ofDays(20)), List.of(), List.of()),
                new BidSubmittedEvent(challenge, "bid-1", LEAD, new ConsortiumBidder(consortium.toString(),
                        "溯源测试创新联合体", List.of(LEAD)), "方案", "团队", "一年", new BigDecimal("480")),
                new ChallengeDecisionPublishedEvent(challenge, "bid-1", LEAD, null, new BigDecimal("90"), 1, null,
                        List.of()));

        // The follow-up project of the winning bid, in the library with a grant.
        ProjectId project = ProjectId.create();
        scenario.send(staff, new DraftProjectCommand(project, cluster, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                "溯源测试轴承中试平台", LEAD, City.QINGDAO, "周涛", 2026, 2028,
                new ProjectOrigin(challenge.toString(), "bid-1")));
        scenario.complete(staff, project, "600", "400", java.time.LocalDate.of(2027, 6, 30), LEAD);
        scenario.reviewed(staff, project, City.QINGDAO);
        scenario.send(SUPERVISOR, new AddProjectToLibraryCommand(project, LibraryState.RESERVE, "评审通过，先行入库储备"));
        assertThat(ReadModelWait.until(() -> directory.project(project), SubsidyProject::inLibrary,
                Duration.ofSeconds(30))).isPresent();
        FundingProgrammeId programme = FundingProgrammeId.create();
        scenario.send(SUPERVISOR, new DefineFundingProgrammeCommand(programme, 2026, ProgrammeKind.PROJECT_SUBSIDY,
                "溯源测试项目补助", null, new BigDecimal("5000")));
        scenario.send(SUPERVISOR, new AwardGrantCommand(programme, GrantId.create(), RecipientKind.PROJECT, project,
                null, null, null, new BigDecimal("300"), "中试平台补助", List.of(
                new TranchePlan(new BigDecimal("300"), TrancheCondition.PROJECT_APPROVED, null, null))));

        // One user action, two aggregates: confirming the approval makes the grant's tranche payable.
        scenario.approveAndEndPublicity(project);
        scenario.send(SUPERVISOR, new ConfirmApprovalCommand(project, LibraryState.IMPLEMENTATION));
        DomainEventMessage<?> payable = awaitEvent(programme.toString(), TrancheBecamePayableEvent.class);
        String action = (String) payable.getMetaData().get("traceId");
        scenario.awaitProcessor(processing, tokens, "provenance");

        CorrelatedEvents correlated = query(new FindCorrelationQuery(action), CorrelatedEvents.class);
        List<String> expected = new ArrayList<>();
        for (String aggregate : List.of(project.toString(), programme.toString())) {
            eventStore.readEvents(aggregate, 0L).asStream()
                    .filter(e -> action.equals(e.getMetaData().get("traceId")))
                    .forEach(e -> expected.add(aggregate + "#" + e.getSequenceNumber()));
        }
        assertThat(correlated.events()).extracting(e -> e.aggregateId() + "#" + e.sequenceNumber())
                .as("exactly the action's events, in store order").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(correlated.events()).extracting(CorrelationEntry::globalIndex).isSorted();
        assertThat(correlated.aggregateIds()).containsExactly(project.toString(), programme.toString());
        assertThat(correlated.events()).extracting(CorrelationEntry::eventType)
                .contains("TrancheBecamePayableEvent");
        assertThat(correlated.events().get(0).aggregateName()).isEqualTo("溯源测试轴承中试平台");
        assertThat(correlated.events().get(0).username()).isEqualTo("supervisor");

        // Provenance, both ways.
        Provenance ofConsortium = query(new FindProvenanceQuery(consortium.toString()), Provenance.class);
        assertThat(ofConsortium.root().name()).isEqualTo("溯源测试创新联合体");
        assertThat(ofConsortium.cameFrom()).extracting(b -> b.node().aggregateId(), ProvenanceBranch::link,
                ProvenanceBranch::detail).containsExactly(tuple(fair.toString(),
                ProvenanceLinkKind.MEETING_LED_TO_CONSORTIUM, meeting.toString()));
        assertThat(chain(ofConsortium.ledTo())).containsExactly(
                "Challenge:溯源测试轴承攻关:CONSORTIUM_BID_ON_CHALLENGE",
                "Project:溯源测试轴承中试平台:WINNING_BID_FOLLOWED_BY_PROJECT",
                "FundingProgramme:溯源测试项目补助:PROJECT_GRANTED_BY_PROGRAMME");
        Provenance ofProject = query(new FindProvenanceQuery(project.toString()), Provenance.class);
        assertThat(chain(ofProject.cameFrom())).containsExactly(
                "Challenge:溯源测试轴承攻关:WINNING_BID_FOLLOWED_BY_PROJECT",
                "Consortium:溯源测试创新联合体:CONSORTIUM_BID_ON_CHALLENGE",
                "Activity:溯源测试供需对接会:MEETING_LED_TO_CONSORTIUM");
        assertThat(ofProject.ledTo()).extracting(b -> b.node().aggregateId()).containsExactly(programme.toString());

        // The challenge's replay names its follow-up project among its related histories.
        ReplayState challengeNow = query(new FindReplayStateQuery(challenge.toString(), 2, SUPERVISOR),
                ReplayState.class);
        assertThat(challengeNow.references()).extracting(ReplayReference::aggregateId, ReplayReference::name)
                .contains(tuple(project.toString(), "溯源测试轴承中试平台"), tuple(consortium.toString(),
                        "溯源测试创新联合体"));

        // Over REST: recorded for the supervisor (in today's access log: back to the real clock), refused for staff
        // of another cluster.
        ProjectScenario.resetClock();
        assertThat(get("supervisor", "/api/supervision/correlations/" + action).path("events").size())
                .isEqualTo(expected.size());
        JsonNode rest = get("supervisor", "/api/supervision/provenance/" + consortium);
        assertThat(rest.path("ledTo").get(0).path("node").path("aggregateId").asText()).isEqualTo(challenge.toString());
        assertThat(status("staff01", "/api/supervision/provenance/" + consortium)).isEqualTo(403);
        assertThat(status("staff01", "/api/supervision/correlations/" + action)).isEqualTo(403);
        assertThat(status("supervisor", "/api/supervision/correlations/" + UUID.randomUUID())).isEqualTo(404);
        List<ReplayAccessView> looks = ReadModelWait.until(() -> java.util.Optional.of(page(
                        new FindReplayAccessesQuery(null, "supervisor", null, null, 0, 200))),
                page -> page.items().stream().anyMatch(a -> a.viewedAggregateId().equals(consortium.toString())
                        && a.action() == ReplayAccessAction.PROVENANCE_OPENED), Duration.ofSeconds(20))
                .orElseThrow().items();
        assertThat(looks).extracting(ReplayAccessView::viewedAggregateId, ReplayAccessView::action)
                .contains(tuple(action, ReplayAccessAction.CORRELATION_OPENED),
                        tuple(consortium.toString(), ReplayAccessAction.PROVENANCE_OPENED));
        assertThat(looks).noneMatch(a -> !"supervisor".equals(a.username()));
    }

    /** A branch followed to its end through first children: type:name:link per step. */
    private static List<String> chain(List<ProvenanceBranch> branches) {
        List<String> steps = new ArrayList<>();
        List<ProvenanceBranch> level = branches;
        while (!level.isEmpty()) {
            ProvenanceBranch first = level.get(0);
            steps.add(first.node().aggregateType() + ":" + first.node().name() + ":" + first.link());
            level = first.next();
        }
        return steps;
    }

    /** Stores an aggregate's events from sequence 0 as its aggregate would have, each its own user action. */
    private void store(String type, String id, Object... payloads) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            String trace = UUID.randomUUID().toString();
            Map<String, Object> meta = new java.util.HashMap<>(ActorMetaData.of(staff));
            meta.put("traceId", trace);
            meta.put("correlationId", trace);
            events.add(new GenericDomainEventMessage<>(type, id, i, payloads[i], meta));
        }
        eventStore.publish(events);
    }

    private DomainEventMessage<?> awaitEvent(String aggregate, Class<?> type) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            var found = eventStore.readEvents(aggregate, 0L).asStream()
                    .filter(e -> type.isInstance(e.getPayload())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            ProjectScenario.sleep(50);
        }
        throw new AssertionError(type.getSimpleName() + " not stored in " + aggregate);
    }

    private <R> R query(Object query, Class<R> type) throws Exception {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).get(30, TimeUnit.SECONDS).orElseThrow();
    }

    private ReplayAccessPage page(FindReplayAccessesQuery query) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(ReplayAccessPage.class)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String user, String path) throws Exception {
        RestClient.ResponseSpec response = rest(user, path);
        return new ObjectMapper().readTree(response.body(String.class));
    }

    private int status(String user, String path) {
        return rest().get().uri(path).headers(h -> h.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8))
                .exchange((req, res) -> res.getStatusCode().value());
    }

    private RestClient.ResponseSpec rest(String user, String path) {
        return rest().get().uri(path).headers(h -> h.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8))
                .retrieve();
    }

    private RestClient rest() {
        return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port).build();
    }
}
