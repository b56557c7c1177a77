package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.clusterhub.app.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.project.api.ProjectKind;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.identity.api.FindUserAccountQuery;
import org.clusterhub.identity.api.UserAccountView;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A STOMP subscription follows the same read rule as the aggregate's REST read: a project's events only to those who
 * may read the project, a kind no context opens (user accounts) to nobody, a topic naming the wrong kind refused.
 */
@IntegrationTest
class StompSubscriptionAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    UserDetailsService users;

    private final WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());

    @AfterEach
    void stop() {
        stomp.stop();
    }

    @Test
    void aProjectTopicIsOpenOnlyToThoseWhoMayReadTheProject() throws Exception {
        ProjectTestCommands projects = new ProjectTestCommands(commands, queries, users);
        String unreadable = projects.draft("staff01", ProjectKind.PUBLIC_SERVICE_PLATFORM,
                ProjectTestCommands.marker("订阅")).toString();
        assertThat(new ApiClient(port).get("member-weichai", "/api/projects/" + unreadable).status())
                .as("潍柴 may not read another cluster's draft").isEqualTo(403);

        assertThat(subscribe("member-weichai", "/topic/projects/" + unreadable)).isEqualTo("refused");
        assertThat(subscribe("supervisor", "/topic/projects/" + unreadable)).isEqualTo("subscribed");
    }

    @Test
    void kindsNoContextOpensAndMismatchedKindsAreRefused() throws Exception {
        ApiClient api = new ApiClient(port);
        String cluster = api.registerCluster();
        assertThat(subscribe("member-weichai", "/topic/clusters/" + cluster)).isEqualTo("subscribed");
        assertThat(subscribe("member-weichai", "/topic/zones/" + cluster)).isEqualTo("refused");
        assertThat(subscribe("member-weichai", "/topic/clusters/not-an-id")).isEqualTo("refused");

        String account = queries.query(new FindUserAccountQuery("member-weichai"),
                ResponseTypes.optionalInstanceOf(UserAccountView.class)).get(5, TimeUnit.SECONDS).orElseThrow()
                .userAccountId().toString();
        assertThat(subscribe("supervisor", "/topic/user-accounts/" + account)).isEqualTo("refused");
    }

    /** "subscribed" when the session is still up a moment after SUBSCRIBE, "refused" when the server said ERROR. */
    private String subscribe(String user, String destination) throws Exception {
        stomp.setMessageConverter(new MappingJackson2MessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.setBasicAuth(user, ApiClient.PASSWORD, StandardCharsets.UTF_8);
        CompletableFuture<String> refused = new CompletableFuture<>();
        StompSession session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake,
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        refused.complete("refused");
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        refused.complete("refused");
                    }

                    @Override
                    public void handleException(StompSession s, StompCommand command, StompHeaders headers,
                                                byte[] payload, Throwable exception) {
                        refused.complete("refused");
                    }
                }).get(5, TimeUnit.SECONDS);
        try {
            session.subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return Object.class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                }
            });
            return refused.completeOnTimeout("subscribed", 1500, TimeUnit.MILLISECONDS).get();
        } finally {
            if (session.isConnected()) {
                try {
                    session.disconnect();
                } catch (RuntimeException alreadyClosedByTheServer) {
                    // A refused subscription ends the session on the server's side.
                }
            }
        }
    }
}
