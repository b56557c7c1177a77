package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** OpenAPI description and actuator endpoints on the API door. */
@IntegrationTest
class ApiDocsAndActuatorTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void openApiDescribesClusterZoneAndHistoryPaths() {
        Response docs = api.call(HttpMethod.GET, null, null, "/v3/api-docs", null);

        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        docs.json().path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/clusters", "/api/clusters/{id}", "/api/clusters/{id}/members",
                "/api/clusters/{id}/members/{organizationId}", "/api/clusters/{id}/level",
                "/api/clusters/{id}/history", "/api/zones", "/api/zones/{id}", "/api/zones/{id}/history");
        JsonNode list = docs.json().path("paths").path("/api/clusters").path("get");
        assertThat(list.path("tags").get(0).asText()).isEqualTo("Clusters");
    }

    @Test
    void healthIsUpWithoutCredentials() {
        Response health = api.call(HttpMethod.GET, null, null, "/actuator/health", null);

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsNeedCredentialsAndIncludeAxonMetrics() {
        api.call(HttpMethod.GET, null, null, "/actuator/metrics", null).problem(401, "unauthorized");

        Response metrics = api.get("supervisor", "/actuator/metrics");

        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        metrics.json().path("names").forEach(name -> names.add(name.asText()));
        assertThat(names).anySatisfy(name -> assertThat(name).startsWith("commandBus"));
        assertThat(names).anySatisfy(name -> assertThat(name).startsWith("eventProcessor"));
    }
}
