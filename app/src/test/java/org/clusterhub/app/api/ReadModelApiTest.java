package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.clusterhub.app.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Read models and their rebuilds over HTTP: for supervisors; refusals as RFC 9457 problems. */
@IntegrationTest
class ReadModelApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    ApiClient english;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        english = new ApiClient(port, "en");
    }

    @Test
    void aSupervisorListsReadModelsRebuildsOneAndFindsItInTheHistory() {
        ApiClient.Response list = api.get("supervisor", "/api/operations/read-models");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode readModels = list.json().path("readModels");
        assertThat(readModels.findValuesAsText("processor")).contains("cluster-catalog", "project-catalog",
                "subsidy-conditions").noneMatch(name -> name.startsWith("live-updates"));

        ApiClient.Response started = api.post("supervisor", "/api/operations/read-models/user-accounts/rebuilds",
                null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().path("runId").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode history = api.get("supervisor", "/api/operations/read-models/rebuilds?processor=user-accounts")
                    .json();
            assertThat(history.path("items").findValuesAsText("runId")).contains(runId);
            JsonNode run = history.path("items").get(0);
            assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(run.path("events").asLong()).isPositive();
        });
        // The accounts still sign people in: the rebuilt read model serves.
        assertThat(api.get("staff01", "/api/clusters").status()).isEqualTo(200);
    }

    @Test
    void othersAreRefusedAndSideEffectProcessorsAreNotRebuilt() {
        api.get("staff01", "/api/operations/read-models").problem(403, "forbidden");
        api.post("staff01", "/api/operations/read-models/cluster-catalog/rebuilds", null).problem(403, "forbidden");
        api.get("coord-jinan", "/api/operations/read-models/rebuilds").problem(403, "forbidden");

        JsonNode refused = english.post("supervisor", "/api/operations/read-models/subsidy-conditions/rebuilds", null)
                .problem(409, "rule-violation");
        assertThat(refused.path("code").asText()).isEqualTo("operations.error.notRebuildable");
        assertThat(refused.path("detail").asText())
                .isEqualTo("The read model \"subsidy-conditions\" does not exist or may not be rebuilt.");
        api.post("supervisor", "/api/operations/read-models/no-such-model/rebuilds", null)
                .problem(409, "rule-violation");
    }
}
