package org.clusterhub.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.ClusterHubApplication;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded defaults keep everything under the data folder: after a restart on the same folder, the events and
 * the read models are still there, and loading the plan and the demo accounts again adds nothing.
 */
class RestartTest {

    static final ClusterId TEXTILES = ClusterId.forPlanCode("fashion-textiles-apparel");

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheSeedIsNotLoadedTwice() throws Exception {
        long eventsAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            eventsAfterFirstStart = countEvents(first);
            assertThat(eventsAfterFirstStart).isGreaterThanOrEqualTo(20 + 6 + 41);
            Actor supervisor = new Actor("s", "supervisor", "督导员", Role.SUPERVISOR, java.util.Set.of(), City.JINAN,
                    "山东省工业和信息化厅");
            first.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                    new AddMemberOrganizationCommand(TEXTILES, "青岛即发集团控股有限公司", OrganizationKind.ENTERPRISE,
                            City.QINGDAO, ChainPosition.CHAIN_LEADER, "91370200MA3C8XY01G", null))
                    .andMetaData(ActorMetaData.of(supervisor)), 10, TimeUnit.SECONDS);
            assertThat(members(first, 1)).isEqualTo(1);
        }
        assertThat(Files.exists(dataDir.resolve("eventstore.mv.db"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("readmodels.mv"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(countEvents(second)).isEqualTo(eventsAfterFirstStart + 1);
            assertThat(members(second, -1)).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClusterHubApplication.class)
                .profiles("demo", "test")
                // Arguments, not default properties: they must override application.yml.
                .run("--server.port=0", "--clusterhub.data-dir=" + dataDir,
                        "--clusterhub.embedded-mongo.persistent=true", "--clusterhub.embedded-mongo.port=0");
    }

    private static long countEvents(ConfigurableApplicationContext context) {
        Long count = context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM domainevententry",
                Long.class);
        return count == null ? 0 : count;
    }

    private static int members(ConfigurableApplicationContext context, long atLeastVersion) throws Exception {
        Optional<ClusterDetails> details = context.getBean(QueryGateway.class)
                .query(new FindClusterQuery(TEXTILES, atLeastVersion), ResponseTypes.optionalInstanceOf(ClusterDetails.class))
                .get(10, TimeUnit.SECONDS);
        return details.orElseThrow().members().size();
    }
}
