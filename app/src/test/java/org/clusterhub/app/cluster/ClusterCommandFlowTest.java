package org.clusterhub.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A command through the real bus, into the H2 event store, out through the projection into MongoDB. */
@IntegrationTest
class ClusterCommandFlowTest {

    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final Actor RAIL_STAFF = new Actor("u1", "staff01", "轨道交通协会", Role.PROMOTION_STAFF,
            java.util.Set.of(RAIL.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");
    static final Actor OTHER_STAFF = new Actor("u2", "staff02", "智能家电促进会", Role.PROMOTION_STAFF,
            java.util.Set.of(ClusterId.forPlanCode("qingdao-smart-home-appliances").toString()), City.QINGDAO,
            "青岛市数字家庭产业与应用促进会");

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    void memberAddedByStaffIsStoredWithMetadataAndProjected() throws Exception {
        long before = lastSequence(RAIL);
        String code = "91370200163562681G";
        send(RAIL_STAFF, new AddMemberOrganizationCommand(RAIL, "中车青岛四方机车车辆股份有限公司",
                OrganizationKind.ENTERPRISE, City.QINGDAO, ChainPosition.CHAIN_LEADER, code, null));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(RAIL.toString()).asStream().toList();
        DomainEventMessage<?> last = events.get(events.size() - 1);
        assertThat(last.getSequenceNumber()).isEqualTo(before + 1);
        assertThat(last.getMetaData()).containsEntry("username", "staff01").containsEntry("city", "QINGDAO")
                .containsEntry("organization", "青岛市轨道交通装备产业协会").containsKey("correlationId");

        Optional<ClusterDetails> details = queries.query(new FindClusterQuery(RAIL, before + 1),
                ResponseTypes.optionalInstanceOf(ClusterDetails.class)).get(5, TimeUnit.SECONDS);
        assertThat(details).hasValueSatisfying(d -> {
            assertThat(d.version()).isEqualTo(before + 1);
            assertThat(d.members()).anyMatch(m -> m.creditCode().equals(code));
        });
    }

    @Test
    void staffOfAnotherClusterIsRefusedAndNothingIsStored() {
        long before = lastSequence(RAIL);
        assertThatThrownBy(() -> send(OTHER_STAFF, new AddMemberOrganizationCommand(RAIL, "某企业",
                OrganizationKind.ENTERPRISE, City.QINGDAO, ChainPosition.SUPPLIER, "91370200MA3C8XY01G", null)))
                .isInstanceOf(AccessRefused.class);
        assertThat(lastSequence(RAIL)).isEqualTo(before);
    }

    @Test
    void wrongCreditCodeIsRefusedNamingTheField() {
        long before = lastSequence(RAIL);
        assertThatThrownBy(() -> send(RAIL_STAFF, new AddMemberOrganizationCommand(RAIL, "某企业",
                OrganizationKind.ENTERPRISE, City.QINGDAO, ChainPosition.SUPPLIER, "91370200163562681A", null)))
                .isInstanceOfSatisfying(JSR303ViolationException.class, e -> assertThat(e.getViolations())
                        .anyMatch(v -> v.getPropertyPath().toString().equals("creditCode")));
        assertThat(lastSequence(RAIL)).isEqualTo(before);
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    }

    private long lastSequence(ClusterId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).orElse(-1L);
    }
}
