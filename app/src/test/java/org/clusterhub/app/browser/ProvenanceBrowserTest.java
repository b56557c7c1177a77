package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.clusterhub.app.browser.BrowserSupport.Browser;
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
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOrigin;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The provenance and correlation views in a real browser, in Chinese and in English (ADR 018), with screenshots
 * under {@code target/screenshots}: a consortium proposed from a matchmaking meeting, its winning bid on a challenge
 * and the follow-up project; the supervisor follows the chain from the project back to the meeting, then opens the
 * events of the consortium's proposal from its replay.
 */
@IntegrationTest
class ProvenanceBrowserTest {

    static final String WEICHAI = "潍柴动力股份有限公司";
    static final ClusterId POWER = ClusterId.forPlanCode("weifang-clean-energy-power-equipment");
    static final Actor MEMBER = new Actor("u-weichai", "member-weichai", "潍柴 成员", Role.MEMBER, java.util.Set.of(),
            City.WEIFANG, WEICHAI);
    static final Actor STAFF = new Actor("u-staff11", "staff11", "潍坊 促进会", Role.PROMOTION_STAFF,
            java.util.Set.of(POWER.toString()), City.WEIFANG, "潍坊华鲁能源检测技术中心");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSupervisorFollowsAProjectBackToTheMeetingItCameFromInChineseAndEnglish() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 4);
        ActivityId fair = ActivityId.create();
        Instant starts = Instant.now().minus(Duration.ofDays(40));
        store("Activity", fair.toString(), new ActivityPlannedEvent(fair, POWER, ActivityKind.MATCHMAKING,
                "动力装备产业链供需对接会 " + marker, "说明", City.WEIFANG, "潍坊国际会展中心", false, starts,
                starts.plus(Duration.ofHours(8)), 80, starts.minus(Duration.ofDays(20)),
                starts.minus(Duration.ofDays(1)), false, List.of(), 8, 30, null));
        ConsortiumId consortium = ConsortiumId.create();
        send(MEMBER, new ProposeConsortiumCommand(consortium, POWER, "高效燃烧材料创新联合体 " + marker,
                TechnologyArea.BASIC_MATERIALS, List.of("燃烧", "涂层"), "联合攻关高效燃烧室热障涂层材料。",
                List.of("中试平台"), WEICHAI, org.clusterhub.app.consortium.ConsortiumRest.WEICHAI_CODE, OrganizationKind.ENTERPRISE,
                Commitment.none(), new ConsortiumOrigin(fair.toString(), MeetingId.create().toString())));
        ChallengeId challenge = ChallengeId.create();
        store("Challenge", challenge.toString(),
                new ChallengePostedEvent(challenge, POWER, "潍坊华鲁能源检测技术中心", "燃烧室热障涂层攻关 " + marker,
                        "寿命提升", TechnologyArea.BASIC_MATERIALS, List.of("涂层"), List.of(),
                        new BigDecimal("600"), "奖励", "省内单位", Instant.now().minus(Duration.ofDays(15)), List.of(),
                        List.of()),
                new BidSubmittedEvent(challenge, "bid-1", WEICHAI, new ConsortiumBidder(consortium.toString(),
                        "高效燃烧材料创新联合体 " + marker, List.of(WEICHAI)), "方案", "团队", "一年",
                        new BigDecimal("560")),
                new ChallengeDecisionPublishedEvent(challenge, "bid-1", WEICHAI, null, new BigDecimal("91.5"), 1,
                        null, List.of()));
        ProjectId project = ProjectId.create();
        send(STAFF, new DraftProjectCommand(project, POWER, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                "热障涂层中试验证平台 " + marker, WEICHAI, City.WEIFANG, "刘洋", 2026, 2028,
                new ProjectOrigin(challenge.toString(), "bid-1")));
        Instant deadline = Instant.now().plusSeconds(30);
        while (queries.query(new FindProvenanceQuery(project.toString()),
                        ResponseTypes.optionalInstanceOf(Provenance.class)).get(10, TimeUnit.SECONDS)
                .map(p -> p.cameFrom().isEmpty() || p.cameFrom().get(0).next().isEmpty()).orElse(true)) {
            assertThat(Instant.now()).as("the provenance index catches up").isBefore(deadline);
            Thread.sleep(100);
        }

        browser = BrowserSupport.open("provenance", "http://localhost:" + port);
        browser.signIn("supervisor", "/supervision/provenance/" + project);
        browser.waitFor(By.id("provenance-heading"));
        browser.waitForVaadin();
        assertThat(browser.visibleText("provenance-heading")).isEqualTo("来龙去脉：热障涂层中试验证平台 " + marker + "（项目）");
        assertThat(browser.visibleText("provenance-came-from")).contains("揭榜成果立项", "燃烧室热障涂层攻关 " + marker,
                "联合体揭榜", "高效燃烧材料创新联合体 " + marker, "对接洽谈促成联合体", "动力装备产业链供需对接会 " + marker);
        assertThat(browser.visibleText("provenance-led-to")).contains("尚未引出其他对象");
        browser.screenshot("provenance-zh");

        // From the consortium's replay (reached through the tree) to the events of its proposal.
        browser.waitFor(By.id("provenance-node-" + consortium)).click();
        browser.waitUntil("the consortium's replay", () -> browser.route().equals("/supervision/replay/" + consortium));
        browser.waitFor(By.id("replay-heading"));
        browser.waitForVaadin();
        assertThat(browser.visibleText("replay-related")).contains("燃烧室热障涂层攻关 " + marker);
        browser.screenshot("replay-related-zh");
        String action = (String) eventStore.readEvents(consortium.toString(), 0L).next().getMetaData().get("traceId");
        browser.go("/supervision/correlations/" + action);
        browser.waitFor(By.id("correlation-heading"));
        browser.waitForVaadin();
        assertThat(browser.visibleText("correlation-summary")).contains("潍柴 成员");
        assertThat(browser.gridSize("correlation-events")).isPositive();
        browser.screenshot("correlation-zh");

        browser.choose("language-switch", "English");
        browser.waitUntil("English", () -> browser.visibleText("correlation-heading")
                .equals("Every event caused by one user action"));
        browser.waitForVaadin();
        browser.screenshot("correlation-en");
        browser.go("/supervision/provenance/" + project);
        browser.waitFor(By.id("provenance-heading"));
        browser.waitForVaadin();
        assertThat(browser.visibleText("provenance-came-from")).contains("Winning bid followed up", "Consortium bid",
                "Meeting led to consortium");
        browser.screenshot("provenance-en");
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                10, TimeUnit.SECONDS);
    }

    /** Stores an aggregate's events from sequence 0 as its aggregate would have, each its own user action. */
    private void store(String type, String id, Object... payloads) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            String trace = UUID.randomUUID().toString();
            Map<String, Object> meta = new HashMap<>(ActorMetaData.of(STAFF));
            meta.put("traceId", trace);
            meta.put("correlationId", trace);
            events.add(new GenericDomainEventMessage<>(type, id, i, payloads[i], meta));
        }
        eventStore.publish(events);
    }
}
