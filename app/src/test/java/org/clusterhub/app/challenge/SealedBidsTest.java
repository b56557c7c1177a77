package org.clusterhub.app.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.clusterhub.app.challenge.ChallengeHttp.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.challenge.api.BidRevisedEvent;
import org.clusterhub.challenge.api.BidSubmittedEvent;
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
 * A bid is sealed: another bidder (山东产业技术研究院, {@code member-sdiit}) tries to read 山东大学's bid through every way out
 * of ClusterHub (the REST API's challenge, list and history, a refused command's problem, the STOMP feed, the live
 * feed that screens listen to, and the challenge page with its History tab) and never sees its content, before or
 * after the deadline or the decision. Evaluators read it only after the deadline, and one from 山东大学 never does.
 */
@IntegrationTest
class SealedBidsTest extends KaribuViewTest {

    static final String SECRET_APPROACH = "密封方案：氮化硅陶瓷轴承配合主动磁浮补偿";
    static final String SECRET_REVISION = "修订密封方案：双闭环热位移补偿与在线动平衡";
    static final String SECRET_TEAM = "首席科学家某院士领衔的十二人团队";
    static final String SECRET_PRICE = "654.32";

    @LocalServerPort
    int port;
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
    void anotherBidderNeverReadsABidThroughAnyChannel() throws Exception {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String id = http.postChallenge("密封揭榜测试榜单");
        BlockingQueue<LiveEvent> live = new LinkedBlockingQueue<>();
        subscription = liveFeed.subscribe(id, live::add);
        BlockingQueue<JsonNode> frames = subscribeOverStomp(SDIIT, id);

        String sduBid = http.post(SDU, "/api/challenges/" + id + "/bids", Map.of("approach", SECRET_APPROACH,
                "team", SECRET_TEAM, "schedule", "十八个月", "price", new java.math.BigDecimal(SECRET_PRICE))).ok()
                .path("id").asText();
        http.put(SDU, "/api/challenges/" + id + "/bids/" + sduBid, Map.of("approach", SECRET_REVISION,
                "team", SECRET_TEAM, "schedule", "十八个月", "price", new java.math.BigDecimal(SECRET_PRICE))).ok();
        String sdiitBid = http.submitBid(SDIIT, id, "研究院自己的公开方案内容，用于对照。", "700");

        // The live feed (what screens receive) and STOMP carry the event, masked.
        LiveEvent submitted = next(live, "BidSubmittedEvent");
        assertThat(submitted.fields()).containsEntry("approach", SealedFields.MASK).containsEntry("team",
                SealedFields.MASK).containsEntry("price", SealedFields.MASK);
        assertThat(submitted.payload()).isInstanceOfSatisfying(BidSubmittedEvent.class, payload -> {
            assertThat(payload.approach()).isNull();
            assertThat(payload.price()).isNull();
        });
        assertThat(next(live, "BidRevisedEvent").payload()).isInstanceOfSatisfying(BidRevisedEvent.class,
                payload -> assertThat(payload.approach()).isNull());
        List<JsonNode> seen = new ArrayList<>();
        seen.add(nextFrame(frames, "BidSubmittedEvent"));
        seen.add(nextFrame(frames, "BidRevisedEvent"));
        assertThat(seen.get(0).path("payload").path("approach").asText()).isEqualTo(SealedFields.MASK);
        assertThat(seen.get(1).path("payload").path("approach").asText()).isEqualTo(SealedFields.MASK);
        assertThat(seen.toString()).doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_TEAM, SECRET_PRICE);

        // REST: the challenge, the list and the history, as the other bidder and as an evaluator before the deadline.
        assertSealedOverRest(http, SDIIT, id);
        assertSealedOverRest(http, "expert02", id);
        JsonNode own = http.view(SDIIT, id);
        assertThat(own.path("bids").findValuesAsText("bidId")).containsExactly(sdiitBid);
        assertThat(own.path("bidCount").asInt()).as("counts, not contents").isEqualTo(2);
        assertThat(http.view(SDU, id).path("bids").get(0).path("approach").asText())
                .as("the bidder always reads its own bid").isEqualTo(SECRET_REVISION);
        ChallengeHttp.Response refused = http.put(SDIIT, "/api/challenges/" + id + "/bids/" + sduBid,
                bid("研究院试图改写山东大学的方案", "1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_PRICE);

        // The page and its History tab, as the other bidder.
        assertSealedOnScreen(id);

        http.closeBidding(id);
        assertSealedOverRest(http, SDIIT, id);
        assertSealedOnScreen(id);
        assertThat(http.view("expert02", id).path("bids").toString()).as("evaluators read bids after the deadline")
                .contains(SECRET_REVISION).contains(SECRET_PRICE);
        assertThat(http.view("expert01", id).path("bids").toString())
                .as("but not an evaluator from the bidding organization").doesNotContain(SECRET_REVISION);
        assertThat(http.view(POSTER, id).path("bids").toString()).contains(SECRET_REVISION);
        assertThat(http.get("expert02", "/api/challenges/" + id + "/history").body())
                .as("history stays sealed for everyone").doesNotContain(SECRET_APPROACH, SECRET_REVISION);
    }

    private void assertSealedOverRest(ChallengeHttp http, String user, String id) {
        String challenge = http.get(user, "/api/challenges/" + id).ok().toString();
        assertThat(challenge).doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_TEAM, SECRET_PRICE);
        String list = http.get(user, "/api/challenges?text=密封揭榜测试榜单").ok().toString();
        assertThat(list).doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_PRICE);
        JsonNode history = http.get(user, "/api/challenges/" + id + "/history").ok();
        for (JsonNode entry : history.path("entries")) {
            if (entry.path("eventType").asText().startsWith("Bid")
                    && entry.path("payload").has("approach")) {
                assertThat(entry.path("payload").path("approach").asText()).isEqualTo(SealedFields.MASK);
                assertThat(entry.path("payload").path("price").asText()).isEqualTo(SealedFields.MASK);
            }
        }
        assertThat(history.toString()).doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_TEAM, SECRET_PRICE);
    }

    /** The page as 山东产业技术研究院 sees it, in both languages: its own bid, never 山东大学's, in any tab. */
    private void assertSealedOnScreen(String id) {
        for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            openAs(SDIIT, locale);
            com.vaadin.flow.component.UI.getCurrent().navigate("challenges/" + id);
            // A tab sheet attaches only the selected tab's content: read every tab in turn.
            com.vaadin.flow.component.tabs.TabSheet tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class);
            StringBuilder pages = new StringBuilder();
            for (int tab = 0; tab < tabs.getTabCount(); tab++) {
                tabs.setSelectedIndex(tab);
                pages.append(_get(org.clusterhub.ui.challenge.detail.ChallengeDetailView.class).getElement()
                        .getOuterHTML());
            }
            String page = pages.toString();
            assertThat(page).as("its own bid is on the page").contains("研究院自己的公开方案内容");
            assertThat(page).doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_TEAM, SECRET_PRICE);
            com.vaadin.flow.component.grid.Grid<?> history = _get(com.vaadin.flow.component.grid.Grid.class,
                    spec -> spec.withId("history-grid"));
            assertThat(GridKt._size(history)).isGreaterThanOrEqualTo(4);
            for (int row = 0; row < GridKt._size(history); row++) {
                assertThat(GridKt._getFormattedRow(history, row).toString())
                        .doesNotContain(SECRET_APPROACH, SECRET_REVISION, SECRET_TEAM, SECRET_PRICE);
            }
            signOut();
        }
    }

    private BlockingQueue<JsonNode> subscribeOverStomp(String user, String id) throws Exception {
        stomp.setMessageConverter(new MappingJackson2MessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8);
        session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS);
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        session.subscribe("/topic/challenges/" + id, new StompFrameHandler() {
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
        for (JsonNode frame = frames.poll(5, TimeUnit.SECONDS); frame != null;
             frame = frames.poll(5, TimeUnit.SECONDS)) {
            if (frame.path("eventType").asText().equals(type)) {
                return frame;
            }
        }
        throw new AssertionError("no STOMP frame " + type);
    }
}
