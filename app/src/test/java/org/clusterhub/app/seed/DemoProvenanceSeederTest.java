package org.clusterhub.app.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.Provenance;
import org.clusterhub.supervision.api.ProvenanceBranch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's provenance chain (ADR 018), seeded through commands after start: the follow-up project came from the
 * challenge, which the consortium bid on, which grew out of the rail fair's signed meeting; it led to the 2026 project
 * subsidies programme.
 */
@IntegrationTest
// A seeder keeps working in the background after start: its context is closed after this class, not cached,
// so that it does not take CPU from the timed live-update tests that run later.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {"clusterhub.seed.demo-activities=true", "clusterhub.seed.demo-subsidies=true",
        "clusterhub.seed.demo-provenance=true"})
class DemoProvenanceSeederTest {

    @Autowired
    QueryGateway queries;

    @Test
    void theDemoHasOneCompleteChainFromMeetingToGrant() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        Optional<Provenance> provenance = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            provenance = queries.query(new FindProvenanceQuery(DemoProvenanceSeeder.PROJECT.toString()),
                    ResponseTypes.optionalInstanceOf(Provenance.class)).get(10, TimeUnit.SECONDS);
            if (provenance.filter(p -> chain(p.cameFrom()).size() == 3 && !p.ledTo().isEmpty()).isPresent()) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(provenance).as("the chain is seeded within five minutes").isPresent();
        Provenance chain = provenance.get();
        assertThat(chain.root().name()).isEqualTo("轨道车辆减振降噪材料中试验证平台");
        assertThat(chain(chain.cameFrom())).containsExactly("Challenge:轨道车辆减振降噪材料攻关",
                "Consortium:轨道车辆减振降噪创新联合体", "Activity:轨道交通装备产业链供需对接会");
        assertThat(chain.ledTo()).extracting(b -> b.node().aggregateId())
                .contains(DemoSubsidySeeder.PROJECT_SUBSIDIES.toString());
    }

    private static List<String> chain(List<ProvenanceBranch> branches) {
        List<String> steps = new ArrayList<>();
        List<ProvenanceBranch> level = branches;
        while (!level.isEmpty()) {
            steps.add(level.get(0).node().aggregateType() + ":" + level.get(0).node().name());
            level = level.get(0).next();
        }
        return steps;
    }
}
