package org.clusterhub.app.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumStatus;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.FindConsortiumQuery;
import org.clusterhub.consortium.api.MembershipState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The demo consortia are created through commands at first start, and a second start sends nothing. */
@IntegrationTest
// A seeder keeps working in the background after start: its context is closed after this class, not cached,
// so that it does not take CPU from the timed live-update tests that run later.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "clusterhub.seed.demo-consortia=true")
class DemoConsortiumSeederTest {

    static final ConsortiumId POWER = ConsortiumId.forSeedCode("weichai-clean-power");
    static final ConsortiumId SOFTWARE = ConsortiumId.forSeedCode("sdu-industrial-software");

    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoConsortiaExistOnceWithInvitationsToAnswer() throws Exception {
        long powerEvents = eventStore.lastSequenceNumberFor(POWER.toString()).orElseThrow();
        ConsortiumView power = view(POWER, powerEvents);
        assertThat(power.status()).isEqualTo(ConsortiumStatus.REGISTERED);
        assertThat(power.entryOf("上海交通大学").orElseThrow().state()).isEqualTo(MembershipState.INVITED);
        assertThat(power.entryOf("青岛工业互联网公共服务平台").orElseThrow().state())
                .isEqualTo(MembershipState.APPLIED);
        ConsortiumView software = view(SOFTWARE, eventStore.lastSequenceNumberFor(SOFTWARE.toString()).orElseThrow());
        assertThat(software.status()).isEqualTo(ConsortiumStatus.FORMING);
        assertThat(software.entryOf("潍柴动力股份有限公司").orElseThrow().state()).isEqualTo(MembershipState.INVITED);

        ApplicationRunner seeder = (ApplicationRunner) context.getBean("demoConsortiumSeeder");
        seeder.run(new DefaultApplicationArguments());
        assertThat(eventStore.lastSequenceNumberFor(POWER.toString())).contains(powerEvents);
    }

    private ConsortiumView view(ConsortiumId id, long version) throws Exception {
        return queries.query(new FindConsortiumQuery(id, version),
                ResponseTypes.optionalInstanceOf(ConsortiumView.class)).get(10, TimeUnit.SECONDS).orElseThrow();
    }
}
