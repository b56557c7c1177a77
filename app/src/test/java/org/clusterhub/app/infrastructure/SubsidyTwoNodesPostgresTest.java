package org.clusterhub.app.infrastructure;

import de.bwaldvogel.mongo.MongoServer;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.subsidy.ConcurrentGrants;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The budget invariant across nodes: two nodes on one PostgreSQL database, 40 grants sent at the same moment, half
 * through each node. Each node's lock serializes its own commands only; a node that appends to the programme after
 * the other node did loses on the store's (aggregate, sequence) key, and the grant is sent again against the new
 * state. Only the grants that fit are stored, once each. Skipped without a PostgreSQL server
 * ({@link PostgresSupport#HOW_TO_RUN}).
 */
class SubsidyTwoNodesPostgresTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        PostgresSupport.assumeAvailable();
        String jdbcUrl = PostgresSupport.freshDatabase("subsidy");
        nodeA = Nodes.postgres("node-a", jdbcUrl, List.of());
        int mongoPort = nodeA.getBean(MongoServer.class).getLocalAddress().getPort();
        nodeB = Nodes.postgres("node-b", jdbcUrl,
                List.of("--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/clusterhub"));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void fortyGrantsThroughTwoNodesNeverCommitMoreThanTheBudget() throws Exception {
        String budget = "700.00";
        FundingProgrammeId programmeId = ConcurrentGrants.define(nodeA.getBean(CommandGateway.class), budget);
        long started = System.nanoTime();
        ConcurrentGrants.Outcome outcome = ConcurrentGrants.grantAtOnce(List.of(nodeA.getBean(CommandGateway.class),
                nodeB.getBean(CommandGateway.class)), programmeId, budget, 40);
        System.out.printf("CONCURRENT GRANTS (PostgreSQL, two nodes): 40 grants of 10..49 for a budget of %s in "
                        + "%d ms: %d stored, %d refused over budget, %d append races lost and sent again%n", budget,
                (System.nanoTime() - started) / 1_000_000, outcome.accepted().size(), outcome.refused().size(),
                outcome.racesLost());
        ConcurrentGrants.assertInvariantHolds(nodeB.getBean(EventStore.class), outcome);
    }
}
