package org.clusterhub.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.project.ProjectScenario.SUPERVISOR;
import static org.clusterhub.app.project.ProjectScenario.coordinator;
import static org.clusterhub.app.project.ProjectScenario.expert;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.SealedFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * An expert's scores and comment are sealed until every expert has locked: no way out of ClusterHub shows them
 * before (the history API, the STOMP feed, live screens' events, the project's read model), and the completed
 * review shows them all at once.
 */
@IntegrationTest
class SealedScoresTest {

    static final String SEALED_COMMENT = "密封评语：技术方案可行但预算偏高";
    static final int SEALED_SCORE = 73;

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    LiveFeed liveFeed;

    private final WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
    private StompSession session;
    private LiveFeed.Subscription subscription;

    @AfterEach
    void disconnect() {
        if (subscription != null) {
            subscription.close();
        }
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
        stomp.stop();
    }

    @Test
    void scoresLeaveClusterHubOnlyWithTheCompletedReview() throws Exception {
        ProjectScenario scenario = new ProjectScenario(commands, queries, eventStore);
        ClusterId cluster = ClusterId.forPlanCode("smart-agricultural-machinery");
        Actor staff = ProjectScenario.staff("staff06", cluster, City.WEIFANG, "山东省农业机械科学研究院");
        ProjectId id = scenario.draft(staff, cluster, "农机装备远程运维公共服务平台", "潍柴雷沃智慧农业科技股份有限公司",
                City.WEIFANG);
        scenario.complete(staff, id, "200", "100", LocalDate.of(2027, 6, 30), "潍柴雷沃智慧农业科技股份有限公司");
        scenario.send(staff, new SubmitProjectCommand(id, null));
        scenario.send(coordinator(City.WEIFANG), new RecommendProjectCommand(id, "同意推荐"));
        scenario.send(SUPERVISOR, new DrawExpertPanelCommand(id, ProjectScenario.EXPERTS, 3,
                ScoringCriterion.standard(), ProjectScenario.today().plusDays(20), 11L));
        for (ExpertCandidate candidate : ProjectScenario.EXPERTS) {
            scenario.send(expert(candidate), new DeclareConflictOfInterestCommand(id, false, null));
        }

        BlockingQueue<LiveEvent> live = new LinkedBlockingQueue<>();
        subscription = liveFeed.subscribe(id.toString(), live::add);
        BlockingQueue<JsonNode> frames = subscribeOverStomp(id);

        ExpertCandidate first = ProjectScenario.EXPERTS.get(0);
        scenario.send(expert(first), new LockExpertScoresCommand(id, ProjectScenario.scores(SEALED_SCORE),
                SEALED_COMMENT));

        LiveEvent locked = next(live, "ExpertScoresLockedEvent");
        assertThat(locked.fields()).containsEntry("scores", SealedFields.MASK).containsEntry("comment",
                SealedFields.MASK).containsEntry("expert", first.username());
        assertThat(locked.payload()).isInstanceOfSatisfying(ExpertScoresLockedEvent.class, payload -> {
            assertThat(payload.scores()).isNull();
            assertThat(payload.comment()).isNull();
        });
        JsonNode frame = nextFrame(frames, "ExpertScoresLockedEvent");
        assertThat(frame.path("payload").path("scores").asText()).isEqualTo(SealedFields.MASK);
        assertThat(frame.path("payload").path("comment").asText()).isEqualTo(SealedFields.MASK);
        assertThat(frame.toString()).doesNotContain(SEALED_COMMENT).doesNotContain("\"score\"");

        Http http = new Http(port, null);
        String history = http.get("supervisor", "/api/projects/" + id + "/history").body();
        JsonNode lockedEntry = entry(Http.JSON.readTree(history), "ExpertScoresLockedEvent");
        assertThat(lockedEntry.path("payload").path("scores").asText()).isEqualTo(SealedFields.MASK);
        assertThat(history).doesNotContain(SEALED_COMMENT).doesNotContain("\"score\"");
        String project = http.get("supervisor", "/api/projects/" + id).ok().toString();
        assertThat(project).doesNotContain(SEALED_COMMENT).doesNotContain("\"score\"");
        ProjectView view = scenario.view(id);
        assertThat(view.review().results()).isEmpty();
        assertThat(view.review().experts()).filteredOn(ExpertSeatView::locked).extracting(ExpertSeatView::username)
                .containsExactly(first.username());

        for (ExpertCandidate other : ProjectScenario.EXPERTS.subList(1, 3)) {
            scenario.send(expert(other), new LockExpertScoresCommand(id, ProjectScenario.scores(90), null));
        }

        LiveEvent completed = next(live, "ExpertReviewCompletedEvent");
        assertThat(completed.fields().get("results").toString()).contains(SEALED_COMMENT);
        JsonNode revealed = entry(http.get("supervisor", "/api/projects/" + id + "/history").ok(),
                "ExpertReviewCompletedEvent");
        assertThat(revealed.path("payload").path("results").toString()).contains(SEALED_COMMENT);
        ProjectView done = scenario.view(id);
        assertThat(done.review().results()).filteredOn(r -> r.expert().equals(first.username())).singleElement()
                .satisfies(result -> {
                    assertThat(result.comment()).isEqualTo(SEALED_COMMENT);
                    assertThat(result.scores()).extracting(CriterionScore::score).containsOnly(SEALED_SCORE);
                });
        assertThat(done.review().averageScore()).isEqualByComparingTo("84.33");
        JsonNode stillSealed = entry(http.get("supervisor", "/api/projects/" + id + "/history").ok(),
                "ExpertScoresLockedEvent");
        assertThat(stillSealed.path("payload").path("comment").asText())
                .as("the locking event stays sealed; the completion reveals").isEqualTo(SealedFields.MASK);
    }

    private BlockingQueue<JsonNode> subscribeOverStomp(ProjectId id) throws Exception {
        stomp.setMessageConverter(new MappingJackson2MessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.setBasicAuth("supervisor", Http.PASSWORD, StandardCharsets.UTF_8);
        session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS);
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        session.subscribe("/topic/projects/" + id, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                frames.add((JsonNode) payload);
            }
        });
        // The simple broker sends no receipt for SUBSCRIBE: give the server a moment to register it.
        Thread.sleep(300);
        return frames;
    }

    private static LiveEvent next(BlockingQueue<LiveEvent> events, String type) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (LiveEvent event = events.poll(5, TimeUnit.SECONDS); event != null;
             event = events.poll(5, TimeUnit.SECONDS)) {
            if (event.eventType().equals(type)) {
                return event;
            }
            seen.add(event.eventType());
        }
        throw new AssertionError("no live " + type + " (saw " + seen + ")");
    }

    private static JsonNode nextFrame(BlockingQueue<JsonNode> frames, String type) throws InterruptedException {
        for (JsonNode frame = frames.poll(5, TimeUnit.SECONDS); frame != null; frame = frames.poll(5, TimeUnit.SECONDS)) {
            if (frame.path("eventType").asText().equals(type)) {
                return frame;
            }
        }
        throw new AssertionError("no STOMP frame " + type);
    }

    private static JsonNode entry(JsonNode history, String type) {
        for (JsonNode entry : history.path("entries")) {
            if (entry.path("eventType").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }
}
