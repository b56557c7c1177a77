package org.clusterhub.app.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.clusterhub.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo profile's challenges, created through commands as the people who would send them: the CNC challenge with
 * two sealed bids (one for a consortium) and 潍柴动力's open challenge; a second run sends nothing.
 */
@IntegrationTest
// A seeder keeps working in the background after start: its context is closed after this class, not cached,
// so that it does not take CPU from the timed live-update tests that run later.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "clusterhub.seed.demo-challenges=true")
class DemoChallengeSeederTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void twoChallengesAreSeededOnceAsTheirPeople() throws Exception {
        ChallengeHttp http = new ChallengeHttp(port, context);
        JsonNode spindle = only(http, "高速高精度电主轴国产化攻关");
        assertThat(spindle.path("status").asText()).isEqualTo("OPEN");
        assertThat(spindle.path("bidCount").asInt()).isEqualTo(2);
        String id = spindle.path("challengeId").asText();
        JsonNode asSdiit = http.view(ChallengeHttp.SDIIT, id);
        assertThat(asSdiit.path("bids")).hasSize(1);
        assertThat(asSdiit.path("bids").get(0).path("consortium").path("memberOrganizations").toString())
                .contains("济南二机床集团有限公司");
        JsonNode history = http.get(ChallengeHttp.SDIIT, "/api/challenges/" + id + "/history").ok();
        assertThat(history.path("entries").get(0).path("username").asText()).isEqualTo("staff07");
        assertThat(history.path("entries").get(1).path("username").asText()).isEqualTo("member-sdu");
        JsonNode software = only(http, "发动机电控标定基础软件国产化");
        assertThat(software.path("postingOrganization").asText()).isEqualTo("潍柴动力股份有限公司");

        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("DemoChallengeSeeder")) {
                ApplicationArguments none = new DefaultApplicationArguments();
                runner.run(none);
            }
        }
        assertThat(http.get(ChallengeHttp.SDIIT, "/api/challenges/" + id + "/history").ok().path("entries"))
                .as("a second start sends nothing").hasSize(3);
        assertThat(http.view(ChallengeHttp.POSTER, id).path("bidCount").asInt()).isEqualTo(2);
    }

    private static JsonNode only(ChallengeHttp http, String title) {
        JsonNode page = http.get(ChallengeHttp.POSTER, "/api/challenges?text=" + title).ok();
        assertThat(page.path("total").asLong()).isEqualTo(1);
        return page.path("items").get(0);
    }
}
