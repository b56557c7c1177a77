package org.clusterhub.app.ui.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityPlannedEvent;
import org.clusterhub.activity.api.MeetingId;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.consortium.ConsortiumRest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.challenge.api.BidSubmittedEvent;
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
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.CorrelationEntry;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provenance and correlation views on screen (ADR 018): a consortium proposed from a matchmaking meeting and its
 * bid on a challenge; its provenance shows the meeting it came from and the challenge it led to, each linked to its
 * replay; the replay links to the provenance and names the challenge among its related histories; the correlation
 * of the proposal lists its events; staff of another cluster see neither; English texts.
 */
@IntegrationTest
class ProvenanceViewsTest extends KaribuViewTest {

    static final Actor WEICHAI = new Actor("u-weichai", "member-weichai", "潍柴 成员", Role.MEMBER, java.util.Set.of(),
            City.WEIFANG, ConsortiumRest.WEICHAI);

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorFollowsAConsortiumBackToItsMeetingAndOnToItsBidAndSeesOneActionsEvents() throws Exception {
        ClusterId cluster = ClusterId.of(ConsortiumRest.POWER_CLUSTER);
        ActivityId fair = ActivityId.create();
        Instant starts = Instant.now().minus(Duration.ofDays(10));
        store("Activity", fair.toString(), new ActivityPlannedEvent(fair, cluster, ActivityKind.MATCHMAKING,
                "来龙去脉界面测试对接会", "说明", City.WEIFANG, "会议中心", false, starts, starts.plus(Duration.ofHours(8)),
                50, starts.minus(Duration.ofDays(20)), starts.minus(Duration.ofDays(1)), false, List.of(), 4, 30,
                null));
        ConsortiumId consortium = ConsortiumId.create();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ProposeConsortiumCommand(consortium, cluster,
                        "来龙去脉界面测试联合体", TechnologyArea.BASIC_MATERIALS, List.of("溯源"), "攻关发动机关键材料。",
                        List.of("中试平台"), ConsortiumRest.WEICHAI, ConsortiumRest.WEICHAI_CODE,
                        OrganizationKind.ENTERPRISE, Commitment.none(),
                        new ConsortiumOrigin(fair.toString(), MeetingId.create().toString())))
                .andMetaData(ActorMetaData.of(WEICHAI)), 10, TimeUnit.SECONDS);
        ChallengeId challenge = ChallengeId.create();
        store("Challenge", challenge.toString(), new ChallengePostedEvent(challenge, cluster, "测试发榜单位",
                        "来龙去脉界面测试榜单", "寿命提升", TechnologyArea.BASIC_MATERIALS, List.of("材料"), List.of(),
                        new BigDecimal("300"), "奖励", "省内单位", Instant.now().plus(Duration.ofDays(20)), List.of(),
                        List.of()),
                new BidSubmittedEvent(challenge, "bid-1", ConsortiumRest.WEICHAI, new ConsortiumBidder(
                        consortium.toString(), "来龙去脉界面测试联合体", List.of(ConsortiumRest.WEICHAI)), "方案", "团队",
                        "一年", new BigDecimal("280")));
        await().atMost(Duration.ofSeconds(30)).until(() -> queries.query(new FindProvenanceQuery(consortium.toString()),
                        ResponseTypes.optionalInstanceOf(Provenance.class)).get(10, TimeUnit.SECONDS)
                .map(p -> !p.ledTo().isEmpty() && !p.cameFrom().isEmpty()).orElse(false));

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/provenance/" + consortium);
        assertThat(_get(H2.class, spec -> spec.withId("provenance-heading")).getText())
                .isEqualTo("来龙去脉：来龙去脉界面测试联合体（创新联合体）");
        Div cameFrom = _get(Div.class, spec -> spec.withId("provenance-came-from"));
        Anchor meeting = _get(cameFrom, Anchor.class, spec -> spec.withId("provenance-node-" + fair));
        assertThat(meeting.getHref()).isEqualTo("supervision/replay/" + fair);
        assertThat(meeting.getText()).isEqualTo("集群活动：来龙去脉界面测试对接会");
        assertThat(cameFrom.getElement().getTextRecursively()).contains("对接洽谈促成联合体");
        Div ledTo = _get(Div.class, spec -> spec.withId("provenance-led-to"));
        assertThat(_get(ledTo, Anchor.class, spec -> spec.withId("provenance-node-" + challenge)).getText())
                .isEqualTo("揭榜挂帅：来龙去脉界面测试榜单");
        assertThat(ledTo.getElement().getTextRecursively()).contains("联合体揭榜");

        // The replay links to the provenance, and names the challenge it bid on among its related histories.
        UI.getCurrent().navigate("supervision/replay/" + consortium);
        assertThat(_get(Anchor.class, spec -> spec.withId("replay-provenance")).getHref())
                .isEqualTo("supervision/provenance/" + consortium);
        assertThat(_get(Anchor.class, spec -> spec.withId("replay-related-" + challenge)).getText())
                .isEqualTo("揭榜挂帅：来龙去脉界面测试榜单");
        String action = (String) eventStore.readEvents(consortium.toString(), 0L).next().getMetaData()
                .get("traceId");

        UI.getCurrent().navigate("supervision/correlations/" + action);
        assertThat(_get(H2.class, spec -> spec.withId("correlation-heading")).getText())
                .isEqualTo("一次操作引起的全部事件");
        Grid<CorrelationEntry> events = _get(Grid.class, spec -> spec.withId("correlation-events"));
        long proposalEvents = eventStore.readEvents(consortium.toString(), 0L).asStream()
                .filter(e -> action.equals(e.getMetaData().get("traceId"))).count();
        assertThat(GridKt._size(events)).isEqualTo((int) proposalEvents);
        assertThat(GridKt._findAll(events)).allMatch(e -> e.aggregateId().equals(consortium.toString())
                && "member-weichai".equals(e.username()));
        signOut();

        openAs("staff01", Locale.ENGLISH);
        UI.getCurrent().navigate("supervision/provenance/" + consortium);
        assertThat(_get(Paragraph.class, spec -> spec.withId("provenance-not-found")).getText())
                .startsWith("Nothing found");
        UI.getCurrent().navigate("supervision/correlations/" + action);
        assertThat(_get(Paragraph.class, spec -> spec.withId("correlation-not-found")).getText())
                .startsWith("Nothing found");
        signOut();

        openAs("staff11", Locale.ENGLISH);
        UI.getCurrent().navigate("supervision/provenance/" + consortium);
        assertThat(_get(H2.class, spec -> spec.withId("provenance-heading")).getText())
                .isEqualTo("Provenance: 来龙去脉界面测试联合体 (Innovation consortium)");
        assertThat(_find(Anchor.class, spec -> spec.withId("provenance-node-" + challenge))).hasSize(1);
        UI.getCurrent().navigate("supervision/correlations/" + action);
        assertThat(_get(H2.class, spec -> spec.withId("correlation-heading")).getText())
                .isEqualTo("Every event caused by one user action");
    }

    /** Stores an aggregate's events from sequence 0 as its aggregate would have, each its own user action. */
    private void store(String type, String id, Object... payloads) {
        List<GenericDomainEventMessage<?>> events = new java.util.ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            String trace = UUID.randomUUID().toString();
            Map<String, Object> meta = new HashMap<>(ActorMetaData.of(WEICHAI));
            meta.put("traceId", trace);
            meta.put("correlationId", trace);
            events.add(new GenericDomainEventMessage<>(type, id, i, payloads[i], meta));
        }
        eventStore.publish(events);
    }
}
