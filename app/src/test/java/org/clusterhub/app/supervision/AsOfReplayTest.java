package org.clusterhub.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.CancelActivityCommand;
import org.clusterhub.activity.api.FindActivityAsOfQuery;
import org.clusterhub.activity.api.FindActivityQuery;
import org.clusterhub.activity.api.PlanActivityCommand;
import org.clusterhub.activity.api.PublishActivityCommand;
import org.clusterhub.activity.api.RegisterForActivityCommand;
import org.clusterhub.activity.api.RegistrationId;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.challenge.ChallengeHttp;
import org.clusterhub.app.consortium.ConsortiumRest;
import org.clusterhub.app.ui.zone.ZoneScenario;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ChallengeView;
import org.clusterhub.challenge.api.FindChallengeAsOfQuery;
import org.clusterhub.challenge.api.FindChallengeQuery;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ChangeClusterLevelCommand;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.FindClusterAsOfQuery;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.OrganizationId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.cluster.api.RemoveMemberOrganizationCommand;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.FindConsortiumAsOfQuery;
import org.clusterhub.consortium.api.FindConsortiumQuery;
import org.clusterhub.consortium.api.InviteOrganizationCommand;
import org.clusterhub.consortium.api.MemberOrigin;
import org.clusterhub.consortium.api.MemberRole;
import org.clusterhub.consortium.api.ProposeConsortiumCommand;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.consortium.api.WithdrawInvitationCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.zone.api.AddZoneTaskCommand;
import org.clusterhub.zone.api.FindZoneAsOfQuery;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.ReportZoneTaskProgressCommand;
import org.clusterhub.zone.api.ZoneAsOfView;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * For each kind of aggregate a scripted history, recording what the live screen's query answered after each step;
 * the aggregate rebuilt from its stored events to each of those points must be exactly that answer again (ADR 017).
 */
@IntegrationTest
class AsOfReplayTest {

    static final Actor SUPERVISOR = ZoneScenario.SUPERVISOR;
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final Actor RAIL_STAFF = new Actor("u1", "staff01", "轨道交通协会", Role.PROMOTION_STAFF,
            Set.of(RAIL.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");
    static final Actor WEICHAI = new Actor("u-weichai", "member-weichai", "潍柴 成员", Role.MEMBER, Set.of(),
            City.WEIFANG, ConsortiumRest.WEICHAI);

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void aClusterAsOfEachPointIsWhatItsPageShowedThen() {
        // A cluster of its own: the plan's clusters keep their levels for the other tests sharing this store.
        String code = "as-of-steel-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterId steel = ClusterId.forPlanCode(code);
        send(SUPERVISOR, new RegisterClusterCommand(steel, null, code, "回放测试钢铁集群", "As-of steel cluster",
                ClusterLevel.PROVINCIAL, new PromotionOrganization("回放测试促进会", null), List.of(City.JINAN),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        Map<Long, ClusterDetails> shown = new LinkedHashMap<>();
        Function<Long, ClusterDetails> live = version -> query(new FindClusterQuery(steel, version),
                ClusterDetails.class).orElseThrow();
        record(steel.toString(), live, shown);
        send(SUPERVISOR, new AddMemberOrganizationCommand(steel, ConsortiumRest.SDU, OrganizationKind.UNIVERSITY,
                City.JINAN, ChainPosition.SUPPLIER, ConsortiumRest.SDU_CODE, null));
        record(steel.toString(), live, shown);
        send(SUPERVISOR, new ChangeClusterLevelCommand(steel, ClusterLevel.NATIONAL, "国家级竞赛胜出", null));
        record(steel.toString(), live, shown);
        send(SUPERVISOR, new RemoveMemberOrganizationCommand(steel,
                OrganizationId.forCreditCode(ConsortiumRest.SDU_CODE), City.JINAN, "退出集群", null));
        record(steel.toString(), live, shown);

        shown.forEach((version, page) -> assertThat(query(new FindClusterAsOfQuery(steel, version),
                ClusterDetails.class)).as("as of event %d", version).contains(page));
        assertThat(query(new FindClusterAsOfQuery(steel, 0), ClusterDetails.class).orElseThrow().members()).isEmpty();
        assertThat(query(new FindClusterAsOfQuery(ClusterId.create(), 0), ClusterDetails.class)).isEmpty();
    }

    @Test
    void aZoneAsOfEachPointIsWhatItsPageShowedThen() {
        ZoneScenario zones = new ZoneScenario(context);
        ZoneId zone = ZoneScenario.zone("weifang-manufacturing-pilot-zone");
        Actor coordinator = ZoneScenario.coordinatorOf(City.WEIFANG, "coord-weifang");
        Map<Long, ZoneAsOfView> shown = new LinkedHashMap<>();
        Function<Long, ZoneAsOfView> live = version -> new ZoneAsOfView(query(new FindZoneQuery(zone, version),
                ZoneDetails.class).orElseThrow(), zones.monitoring(zone, version));
        String task = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        zones.send(new AddZoneTaskCommand(zone, City.WEIFANG, task, "回放测试任务", List.of("潍坊市工信局"),
                java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(6)), coordinator);
        record(zone.toString(), live, shown);
        zones.send(new ReportZoneTaskProgressCommand(zone, City.WEIFANG, task, 40, "完成方案编制"), coordinator);
        record(zone.toString(), live, shown);
        String indicator = zones.target(zone, "回放指标", ">=", "70", "%", 2025);
        record(zone.toString(), live, shown);
        zones.report(zone, coordinator, indicator, "2024", "65");
        record(zone.toString(), live, shown);

        shown.forEach((version, page) -> assertThat(query(new FindZoneAsOfQuery(zone, version), ZoneAsOfView.class))
                .as("as of event %d", version).contains(page));
        assertThat(shown.values()).extracting(page -> page.details().targets().size()).containsExactly(0, 0, 1, 1);
    }

    @Test
    void aConsortiumAsOfEachPointIsWhatItsBoardShowedThen() {
        ConsortiumId id = ConsortiumId.create();
        Map<Long, ConsortiumView> shown = new LinkedHashMap<>();
        Function<Long, ConsortiumView> live = version -> query(new FindConsortiumQuery(id, version),
                ConsortiumView.class).orElseThrow();
        send(WEICHAI, new ProposeConsortiumCommand(id, ClusterId.of(ConsortiumRest.POWER_CLUSTER), "回放测试创新联合体",
                TechnologyArea.BASIC_MATERIALS, List.of("回放"), "攻关发动机关键材料。", List.of("中试平台"),
                ConsortiumRest.WEICHAI, ConsortiumRest.WEICHAI_CODE, OrganizationKind.ENTERPRISE, Commitment.none()));
        record(id.toString(), live, shown);
        send(WEICHAI, new InviteOrganizationCommand(id, ConsortiumRest.SDU, ConsortiumRest.SDU_CODE,
                OrganizationKind.UNIVERSITY, MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, true));
        record(id.toString(), live, shown);
        send(WEICHAI, new WithdrawInvitationCommand(id, ConsortiumRest.SDU_CODE));
        record(id.toString(), live, shown);

        shown.forEach((version, page) -> assertThat(query(new FindConsortiumAsOfQuery(id, version),
                ConsortiumView.class)).as("as of event %d", version).contains(page));
        // The cluster's name came from the cluster's own registration, replayed too.
        assertThat(query(new FindConsortiumAsOfQuery(id, 0), ConsortiumView.class).orElseThrow().clusterName())
                .isNotBlank();
    }

    @Test
    void aChallengeAsOfEachPointIsWhatEachViewerSawThen() {
        ChallengeHttp http = new ChallengeHttp(port, context);
        ChallengeId id = ChallengeId.of(http.postChallenge("回放测试 高精度电主轴"));
        Actor bidder = new Actor("u-sdu", ChallengeHttp.SDU, "山大 成员", Role.MEMBER, Set.of(), City.JINAN,
                ConsortiumRest.SDU);
        Map<Long, ChallengeView> bySupervisor = new LinkedHashMap<>();
        Map<Long, ChallengeView> byBidder = new LinkedHashMap<>();
        record(id.toString(), version -> challenge(id, SUPERVISOR, version), bySupervisor);
        record(id.toString(), version -> challenge(id, bidder, version), byBidder);
        http.submitBid(ChallengeHttp.SDU, id.toString(), "采用陶瓷轴承与油气润滑的电主轴方案", "600");
        record(id.toString(), version -> challenge(id, SUPERVISOR, version), bySupervisor);
        record(id.toString(), version -> challenge(id, bidder, version), byBidder);

        bySupervisor.forEach((version, page) -> assertThat(query(new FindChallengeAsOfQuery(id, SUPERVISOR, version),
                ChallengeView.class)).as("as of event %d", version).contains(page));
        byBidder.forEach((version, page) -> assertThat(query(new FindChallengeAsOfQuery(id, bidder, version),
                ChallengeView.class)).as("as of event %d", version).contains(page));
        // Before the deadline the province does not read the bid; its bidder does.
        long last = List.copyOf(byBidder.keySet()).get(byBidder.size() - 1);
        assertThat(query(new FindChallengeAsOfQuery(id, SUPERVISOR, last), ChallengeView.class).orElseThrow().bids())
                .isEmpty();
        assertThat(query(new FindChallengeAsOfQuery(id, bidder, last), ChallengeView.class).orElseThrow().bids())
                .singleElement().satisfies(bid -> assertThat(bid.approach()).contains("陶瓷轴承"));
    }

    @Test
    void anActivityAsOfEachPointIsWhatItsPageShowedThen() {
        ActivityId id = ActivityId.create();
        Map<Long, ActivityView> shown = new LinkedHashMap<>();
        Function<Long, ActivityView> live = version -> query(new FindActivityQuery(id, version), ActivityView.class)
                .orElseThrow();
        Instant now = Instant.now();
        send(RAIL_STAFF, new PlanActivityCommand(id, RAIL, ActivityKind.TRAINING, "回放测试 数字化转型培训", null,
                City.QINGDAO, "青岛国际会议中心", false, now.plus(Duration.ofDays(7)),
                now.plus(Duration.ofDays(7)).plus(Duration.ofHours(4)), 1, now.minusSeconds(60),
                now.plus(Duration.ofDays(6)), false, List.of(), 0, 0, null));
        record(id.toString(), live, shown);
        send(RAIL_STAFF, new PublishActivityCommand(id));
        record(id.toString(), live, shown);
        for (int i = 0; i < 2; i++) {
            Actor member = new Actor("m" + i, "member" + i, "成员" + i, Role.MEMBER, Set.of(), City.QINGDAO,
                    "回放测试企业" + i);
            send(member, new RegisterForActivityCommand(id, RegistrationId.create(), member.organization(),
                    City.QINGDAO, "参会人" + i, null));
            record(id.toString(), live, shown);
        }
        send(RAIL_STAFF, new CancelActivityCommand(id, "场地调整"));
        record(id.toString(), live, shown);

        shown.forEach((version, page) -> assertThat(query(new FindActivityAsOfQuery(id, version), ActivityView.class))
                .as("as of event %d", version).contains(page));
        List<Long> points = List.copyOf(shown.keySet());
        // Backwards and forwards again: the incremental session gives the same answers.
        assertThat(query(new FindActivityAsOfQuery(id, points.get(1)), ActivityView.class)).contains(
                shown.get(points.get(1)));
        assertThat(query(new FindActivityAsOfQuery(id, points.get(3)), ActivityView.class).orElseThrow().waiting())
                .isOne();
    }

    private ChallengeView challenge(ChallengeId id, Actor viewer, long version) {
        return query(new FindChallengeQuery(id, viewer, version), ChallengeView.class).orElseThrow();
    }

    private <V> void record(String aggregateId, Function<Long, V> live, Map<Long, V> shown) {
        long version = eventStore.lastSequenceNumberFor(aggregateId).orElseThrow();
        shown.put(version, live.apply(version));
    }

    private <V> Optional<V> query(Object query, Class<V> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                10, TimeUnit.SECONDS);
    }
}
