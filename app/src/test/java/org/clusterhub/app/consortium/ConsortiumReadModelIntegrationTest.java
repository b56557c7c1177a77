package org.clusterhub.app.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterhub.app.consortium.ConsortiumRest.*;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A consortium through the command gateway, with the actors' metadata as the screens send it, projected over the
 * embedded server's wire protocol: the board and the list rows at each step, a refusal leaving nothing behind, and a
 * replay rebuilding the same documents.
 */
@IntegrationTest
class ConsortiumReadModelIntegrationTest {

    static final Actor WEICHAI_MEMBER = member("member-weichai", City.WEIFANG, WEICHAI);
    static final Actor SDU_MEMBER = member("member-sdu", City.JINAN, SDU);
    static final Actor SDIIT_MEMBER = member("member-sdiit", City.JINAN, SDIIT);

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
    MongoTemplate mongo;

    @Test
    void theBoardFollowsInvitationsAndAnswersAndAReplayRebuildsIt() {
        ConsortiumId id = ConsortiumId.create();
        send(WEICHAI_MEMBER, new ProposeConsortiumCommand(id, ClusterId.of(POWER_CLUSTER), "氢燃料发动机创新联合体",
                TechnologyArea.BASIC_MATERIALS, List.of("氢燃料"), "攻关氢燃料发动机关键材料与部件。",
                List.of("氢能中试平台"), WEICHAI, WEICHAI_CODE, OrganizationKind.ENTERPRISE, Commitment.none()));
        send(WEICHAI_MEMBER, new InviteOrganizationCommand(id, SDU, SDU_CODE, OrganizationKind.UNIVERSITY,
                MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, true));
        send(WEICHAI_MEMBER, new InviteOrganizationCommand(id, SDIIT, SDIIT_CODE, OrganizationKind.RESEARCH_INSTITUTE,
                MemberOrigin.SAME_CLUSTER, null, MemberRole.PARTICIPANT, false));

        ConsortiumView invited = view(id, 2);
        assertThat(invited.members()).extracting(ConsortiumMemberView::organization).containsExactly(WEICHAI, SDU,
                SDIIT);
        assertThat(invited.entryOf(SDU).orElseThrow().state()).isEqualTo(MembershipState.INVITED);
        assertThat(invited.entryOf(SDU).orElseThrow().requiredForFounding()).isTrue();
        assertThat(row(id).openInvitations()).isEqualTo(2);

        assertThatThrownBy(() -> send(SDIIT_MEMBER, new AcceptInvitationCommand(id, SDU_CODE, Commitment.none())))
                .isInstanceOf(AccessRefused.class);
        assertThat(eventStore.lastSequenceNumberFor(id.toString())).as("nothing stored for the refusal").contains(2L);

        send(SDIIT_MEMBER, new DeclineInvitationCommand(id, SDIIT_CODE, "今年任务已满"));
        send(SDU_MEMBER, new AcceptInvitationCommand(id, SDU_CODE, new Commitment(8, "燃烧诊断设备",
                new BigDecimal("350000"), new BigDecimal("1000000"))));
        ConsortiumView founded = view(id, 5);
        assertThat(founded.status()).isEqualTo(ConsortiumStatus.FOUNDED);
        assertThat(founded.entryOf(SDIIT).orElseThrow().note()).isEqualTo("今年任务已满");
        assertThat(founded.entryOf(SDU).orElseThrow().commitment().equipmentValue()).isEqualByComparingTo("350000");
        ConsortiumSummary summary = row(id);
        assertThat(summary.memberCount()).isEqualTo(2);
        assertThat(summary.openInvitations()).isZero();
        assertThat(summary.status()).isEqualTo(ConsortiumStatus.FOUNDED);
        assertThat(summary.clusterName()).isEqualTo("潍坊清洁能源动力装备产业集群");

        awaitProcessor("consortium-catalog");
        List<Document> before = documents(id);
        assertThat(before).hasSize(2);
        replay("consortium-catalog");
        assertThat(documents(id)).as("redelivered events change nothing").isEqualTo(before);
        mongo.remove(query(where("_id").is(id.toString())), "consortia");
        mongo.remove(query(where("_id").is(id.toString())), "consortium_list");
        replay("consortium-catalog");
        assertThat(documents(id)).as("rebuilt from the event store").isEqualTo(before);
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                10, TimeUnit.SECONDS);
    }

    private ConsortiumView view(ConsortiumId id, long version) {
        try {
            return queries.query(new FindConsortiumQuery(id, version),
                    ResponseTypes.optionalInstanceOf(ConsortiumView.class)).get(10, TimeUnit.SECONDS).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ConsortiumSummary row(ConsortiumId id) {
        try {
            ConsortiumPage page = queries.query(new FindConsortiaQuery(new ConsortiumFilter(
                    ClusterId.of(POWER_CLUSTER), null, null, WEICHAI, "氢燃料发动机"), 0, 50),
                    ResponseTypes.instanceOf(ConsortiumPage.class)).get(10, TimeUnit.SECONDS);
            return page.items().stream().filter(s -> s.consortiumId().equals(id)).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Document> documents(ConsortiumId id) {
        List<Document> docs = new ArrayList<>();
        for (String collection : List.of("consortia", "consortium_list")) {
            mongo.getCollection(collection).find(new Document("_id", id.toString())).into(docs);
        }
        return docs;
    }

    private void replay(String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitProcessor(name);
    }

    /** Until every segment has handled every event stored so far (a replay token's position tells). */
    private void awaitProcessor(String name) {
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
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(name + " did not reach position " + head);
    }

    private static Actor member(String username, City city, String organization) {
        return new Actor("u-" + username, username, username, Role.MEMBER, Set.of(), city, organization);
    }
}
