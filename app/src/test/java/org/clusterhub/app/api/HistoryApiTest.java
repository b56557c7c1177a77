package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.api.ApiClient.freshCreditCode;
import static org.clusterhub.app.api.ApiClient.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** The history endpoints: every stored event of one aggregate, oldest first, with who acted and why. */
@IntegrationTest
class HistoryApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void clusterHistoryListsEveryEventOldestFirstWithWhoActed() {
        String cluster = api.registerCluster();
        String code = freshCreditCode(City.QINGDAO);
        Response added = api.post("coord-qingdao", "/api/clusters/" + cluster + "/members",
                member("青岛某研究院", City.QINGDAO, code));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Response changed = api.post("supervisor", "/api/clusters/" + cluster + "/level",
                Map.of("level", "NATIONAL", "reason", "竞赛胜出"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        Response history = api.get("member-weichai", "/api/clusters/" + cluster + "/history");

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode json = history.json();
        assertThat(json.path("aggregateId").asText()).isEqualTo(cluster);
        assertThat(json.path("aggregateType").asText()).isEqualTo("Cluster");
        List<JsonNode> entries = new ArrayList<>();
        json.path("entries").forEach(entries::add);
        assertThat(entries).extracting(e -> e.path("eventType").asText()).containsExactly(
                "ClusterRegisteredEvent", "MemberOrganizationAddedEvent", "ClusterLevelChangedEvent");
        assertThat(entries).extracting(e -> e.path("sequenceNumber").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(entries).extracting(e -> e.path("username").asText())
                .containsExactly("supervisor", "coord-qingdao", "supervisor");
        assertThat(entries).extracting(e -> e.path("organization").asText())
                .containsExactly("山东省工业和信息化厅", "青岛市工业和信息化局", "山东省工业和信息化厅");
        assertThat(entries).extracting(e -> e.path("city").asText()).containsExactly("JINAN", "QINGDAO", "JINAN");
        assertThat(entries).extracting(e -> e.path("role").asText())
                .containsExactly("SUPERVISOR", "CITY_COORDINATOR", "SUPERVISOR");
        List<String> correlationIds = entries.stream().map(e -> e.path("correlationId").asText()).toList();
        assertThat(correlationIds).allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(new HashSet<>(correlationIds)).as("one user action each").hasSize(3);
        List<Instant> times = entries.stream().map(e -> Instant.parse(e.path("timestamp").asText())).toList();
        assertThat(times).isSorted();
        assertThat(entries.get(1).path("payload").path("creditCode").asText()).isEqualTo(code);
        assertThat(entries.get(2).path("payload").path("level").asText()).isEqualTo("NATIONAL");
        assertThat(entries.get(2).path("payload").path("reason").asText()).isEqualTo("竞赛胜出");
    }

    @Test
    void supervisorsVerifyAHistoryAgainstItsHashChainAndOthersMayNot() {
        String cluster = api.registerCluster();
        api.post("supervisor", "/api/clusters/" + cluster + "/level", Map.of("level", "NATIONAL", "reason", "竞赛胜出"));

        JsonNode verified = api.get("supervisor", "/api/supervision/integrity/" + cluster).json();
        assertThat(verified.path("eventsChecked").asLong()).isEqualTo(2);
        assertThat(verified.path("findings")).isEmpty();
        assertThat(verified.path("intact").asBoolean()).isTrue();
        assertThat(api.get("staff01", "/api/supervision/integrity/" + cluster).status()).isEqualTo(403);
        Response evidence = api.get("supervisor", "/api/supervision/integrity/" + cluster + "/evidence");
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
        String[] lines = evidence.body().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"format\":\"clusterhub-evidence/1\"").contains("\"exportedBy\":\"supervisor\"");
        assertThat(lines[2]).contains("\"sequenceNumber\":1").contains("\"hash\":\"");
        assertThat(api.get("staff01", "/api/supervision/integrity/" + cluster + "/evidence").status()).isEqualTo(403);
        assertThat(api.get("supervisor", "/api/supervision/integrity/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void zoneHistoryStartsWithTheSeededRegistration() {
        String zone = ZoneId.forPlanCode("weifang-manufacturing-pilot-zone").toString();

        JsonNode history = api.get("coord-weifang", "/api/zones/" + zone + "/history").json();

        assertThat(history.path("aggregateType").asText()).isEqualTo("Zone");
        JsonNode first = history.path("entries").get(0);
        assertThat(first.path("sequenceNumber").asLong()).isZero();
        assertThat(first.path("eventType").asText()).isEqualTo("ZoneRegisteredEvent");
        assertThat(first.path("username").asText()).isEqualTo("system");
        assertThat(first.path("correlationId").asText()).isNotBlank();
    }

    @Test
    void unknownIdsAndIdsOfAnotherKindAreNotFound() {
        String zone = ZoneId.forPlanCode("weifang-manufacturing-pilot-zone").toString();
        String cluster = ClusterId.forPlanCode("smart-agricultural-machinery").toString();

        api.get("supervisor", "/api/clusters/" + UUID.randomUUID() + "/history").problem(404, "not-found");
        api.get("supervisor", "/api/zones/" + UUID.randomUUID() + "/history").problem(404, "not-found");
        api.get("supervisor", "/api/clusters/" + zone + "/history").problem(404, "not-found");
        api.get("supervisor", "/api/zones/" + cluster + "/history").problem(404, "not-found");
        api.call(HttpMethod.GET, null, null, "/api/zones/" + zone + "/history", null)
                .problem(401, "unauthorized");
    }
}
