package org.clusterhub.app.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.consortium.ConsortiumRest.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.clusterhub.app.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * A consortium's STOMP feed ({@code /topic/consortia/{id}}): an API client of another organization follows the
 * board and receives each invitation and answer as JSON, with who acted.
 */
@IntegrationTest
class ConsortiumStompFeedTest {

    @LocalServerPort
    int port;

    private final WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
    private StompSession session;

    @AfterEach
    void disconnect() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
        stomp.stop();
    }

    @Test
    void aSubscriberFollowsInvitationsAndAnswers() throws Exception {
        ConsortiumRest api = new ConsortiumRest(port, null);
        String id = api.propose("工业母机关键功能部件创新联合体");
        stomp.setMessageConverter(new MappingJackson2MessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.setBasicAuth("member-platform", "demo1234", StandardCharsets.UTF_8);
        session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS);
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        session.subscribe("/topic/consortia/" + id, new StompFrameHandler() {
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

        api.post("member-weichai", "/api/consortia/" + id + "/invitations",
                invitation(SDU, SDU_CODE, "UNIVERSITY", "OTHER_CLUSTER", null, "CORE", false)).ok();
        JsonNode invited = frames.poll(2, TimeUnit.SECONDS);
        assertThat(invited).as("a frame within 2 s").isNotNull();
        assertThat(invited.path("aggregateType").asText()).isEqualTo("Consortium");
        assertThat(invited.path("aggregateId").asText()).isEqualTo(id);
        assertThat(invited.path("eventType").asText()).isEqualTo("OrganizationInvitedEvent");
        assertThat(invited.path("payload").path("organization").asText()).isEqualTo(SDU);
        assertThat(invited.path("metadata").path("username").asText()).isEqualTo("member-weichai");

        api.post("member-sdu", "/api/consortia/" + id + "/invitations/" + SDU_CODE + "/declination",
                java.util.Map.of("reason", "人手不足")).ok();
        JsonNode declined = frames.poll(2, TimeUnit.SECONDS);
        assertThat(declined).as("a frame within 2 s").isNotNull();
        assertThat(declined.path("eventType").asText()).isEqualTo("InvitationDeclinedEvent");
        assertThat(declined.path("payload").path("reason").asText()).isEqualTo("人手不足");
        assertThat(declined.path("metadata").path("organization").asText()).isEqualTo(SDU);
    }
}
