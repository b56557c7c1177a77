package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterhub.app.api.ApiClient.freshCreditCode;
import static org.clusterhub.app.api.ApiClient.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** The STOMP feed at {@code /ws}: an API client authenticated at the handshake receives each new event as JSON. */
@IntegrationTest
class StompFeedTest {

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
    void subscriberReceivesTheEventOfACommandSentOverRest() throws Exception {
        ApiClient api = new ApiClient(port);
        String cluster = api.registerCluster();
        stomp.setMessageConverter(new MappingJackson2MessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.setBasicAuth("member-weichai", ApiClient.PASSWORD, StandardCharsets.UTF_8);
        session = stomp.connectAsync(url(), handshake, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS);
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        session.subscribe("/topic/clusters/" + cluster, new StompFrameHandler() {
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

        String code = freshCreditCode(City.QINGDAO);
        Response added = api.post("coord-qingdao", "/api/clusters/" + cluster + "/members",
                member("青岛某平台", City.QINGDAO, code));
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        JsonNode frame = frames.poll(2, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 2 s").isNotNull();
        assertThat(frame.path("aggregateType").asText()).isEqualTo("Cluster");
        assertThat(frame.path("aggregateId").asText()).isEqualTo(cluster);
        assertThat(frame.path("eventType").asText()).isEqualTo("MemberOrganizationAddedEvent");
        assertThat(frame.path("sequenceNumber").asLong()).isEqualTo(added.json().path("version").asLong());
        assertThat(frame.path("payload").path("creditCode").asText()).isEqualTo(code);
        assertThat(frame.path("metadata").path("username").asText()).isEqualTo("coord-qingdao");
    }

    @Test
    void handshakeWithoutCredentialsIsRefused() {
        assertThatThrownBy(() -> stomp.connectAsync(url(), new WebSocketHttpHeaders(), new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        WebSocketHttpHeaders wrongPassword = new WebSocketHttpHeaders();
        wrongPassword.setBasicAuth("member-weichai", "wrong", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> stomp.connectAsync(url(), wrongPassword, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        new ApiClient(port).call(HttpMethod.GET, null, null, "/ws", null)
                .problem(401, "unauthorized");
    }

    private String url() {
        return "ws://127.0.0.1:" + port + "/ws";
    }
}
