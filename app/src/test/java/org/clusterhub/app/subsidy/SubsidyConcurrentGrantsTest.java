package org.clusterhub.app.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.subsidy.api.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 40 supervisors grant from one programme at the same moment, on the real H2 event store: only the grants that fit
 * the budget are stored, the committed total is their sum and stays within the budget, nothing is lost or stored
 * twice, and the read model agrees. (Across two nodes on PostgreSQL: {@code SubsidyTwoNodesPostgresTest}.)
 */
@IntegrationTest
class SubsidyConcurrentGrantsTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    void fortyConcurrentGrantsNeverCommitMoreThanTheBudget() throws Exception {
        String budget = "700.00";
        FundingProgrammeId programmeId = ConcurrentGrants.define(commands, budget);
        long started = System.nanoTime();
        ConcurrentGrants.Outcome outcome = ConcurrentGrants.grantAtOnce(List.of(commands), programmeId, budget, 40);
        System.out.printf("CONCURRENT GRANTS (H2, one node): 40 grants of 10..49 for a budget of %s in %d ms: "
                        + "%d stored, %d refused over budget, %d append races retried%n", budget,
                (System.nanoTime() - started) / 1_000_000, outcome.accepted().size(), outcome.refused().size(),
                outcome.racesLost());
        ConcurrentGrants.assertInvariantHolds(eventStore, outcome);

        long version = eventStore.lastSequenceNumberFor(programmeId.toString()).orElseThrow();
        FundingProgrammeView view = ConcurrentGrants.awaitProgramme(queries, programmeId, version);
        BigDecimal sum = outcome.accepted().stream().map(AwardGrantCommand::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(view.version()).isEqualTo(version);
        assertThat(view.committed()).isEqualByComparingTo(sum);
        assertThat(view.remaining()).isEqualByComparingTo(new BigDecimal(budget).subtract(sum));
        assertThat(view.payable()).as("every stored grant is payable on grant").isEqualByComparingTo(sum);
        assertThat(view.grantCount()).isEqualTo(outcome.accepted().size());
        GrantPage grants = queries.query(new FindGrantsQuery(GrantFilter.ofProgramme(programmeId),
                ConcurrentGrants.SUPERVISOR, 0, 100), ResponseTypes.instanceOf(GrantPage.class)).get(10, TimeUnit.SECONDS);
        assertThat(grants.total()).isEqualTo(outcome.accepted().size());
        assertThat(grants.granted()).isEqualByComparingTo(sum);
    }
}
