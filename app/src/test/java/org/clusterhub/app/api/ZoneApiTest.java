package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.clusterhub.zone.api.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** The zone API over real HTTP: directory, detail, and revisions by the zone's city coordinator or the supervisor. */
@IntegrationTest
class ZoneApiTest {

    static final String JINAN_ZONE = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone").toString();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsThePlansZonesAndFiltersThem() {
        Response all = api.get("member-weichai", "/api/zones?size=100");
        Response demonstration = api.get("member-weichai", "/api/zones?kind=DEMONSTRATION");
        Response weifang = api.get("member-weichai", "/api/zones?city=WEIFANG");
        Response firstPage = api.get("member-weichai", "/api/zones?size=4&page=0");

        assertThat(planNumbers(all)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(planNumbers(demonstration)).containsExactly(5, 6);
        assertThat(planNumbers(weifang)).containsExactly(3);
        assertThat(firstPage.json().path("items")).hasSize(4);
        assertThat(firstPage.json().path("total").asLong()).isEqualTo(all.json().path("total").asLong());
        assertThat(api.get("member-weichai", "/api/zones?city=ATLANTIS").invalidFields()).containsExactly("city");
    }

    @Test
    void detailShowsAimsAndTargets() {
        Response detail = api.get("coord-weifang", "/api/zones/" + JINAN_ZONE);

        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        JsonNode zone = detail.json();
        assertThat(zone.path("zoneId").asText()).isEqualTo(JINAN_ZONE);
        assertThat(zone.path("city").asText()).isEqualTo("JINAN");
        assertThat(zone.path("kind").asText()).isEqualTo("PILOT");
        assertThat(zone.path("aimsZh").asText()).isNotBlank();
        api.get("coord-weifang", "/api/zones/" + UUID.randomUUID()).problem(404, "not-found");
    }

    @Test
    void coordinatorOfTheZonesCityRevisesItsAims() {
        JsonNode before = api.get("coord-jinan", "/api/zones/" + JINAN_ZONE).json();

        Response revised = api.post("coord-jinan", "/api/zones/" + JINAN_ZONE + "/aims",
                revision(before, "济南市协调员修订", before.path("version").asLong()));

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        long version = revised.json().path("version").asLong();
        assertThat(version).isEqualTo(before.path("version").asLong() + 1);
        JsonNode after = api.get("coord-jinan", "/api/zones/" + JINAN_ZONE).json();
        assertThat(after.path("aimsZh").asText()).startsWith("济南市协调员修订");
        assertThat(after.path("version").asLong()).isEqualTo(version);
    }

    @Test
    void coordinatorOfAnotherCityIsRefusedAndNothingIsStored() {
        JsonNode before = api.get("coord-qingdao", "/api/zones/" + JINAN_ZONE).json();
        long lastSequence = eventStore.lastSequenceNumberFor(JINAN_ZONE).orElseThrow();

        api.post("coord-qingdao", "/api/zones/" + JINAN_ZONE + "/aims", revision(before, "青岛越权修订", null))
                .problem(403, "forbidden");

        assertThat(eventStore.lastSequenceNumberFor(JINAN_ZONE)).contains(lastSequence);
    }

    @Test
    void supervisorRevisesAnyZone() {
        String zone = ZoneId.forPlanCode("yantai-industrial-foundation-demonstration-zone").toString();
        JsonNode before = api.get("supervisor", "/api/zones/" + zone).json();

        Response revised = api.post("supervisor", "/api/zones/" + zone + "/aims", revision(before, "省厅修订", null));

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        JsonNode after = api.get("supervisor", "/api/zones/" + zone).json();
        assertThat(after.path("aimsZh").asText()).startsWith("省厅修订");
        // The request left the English aims out: they keep their value.
        assertThat(after.path("aimsEn").asText()).isNotBlank().isEqualTo(before.path("aimsEn").asText());
    }

    @Test
    void invalidNestedFieldsAreNamedByTheirPath() {
        Response refused = api.post("supervisor", "/api/zones/" + JINAN_ZONE + "/targets", "{}");
        assertThat(refused.status()).as("POST is not mapped").isEqualTo(405);

        Response invalid = api.call(HttpMethod.PUT, "supervisor", ApiClient.PASSWORD,
                "/api/zones/" + JINAN_ZONE + "/targets",
                Map.of("targets", List.of(Map.of("indicatorZh", "某指标", "comparator", "about", "value", 1)),
                        "reason", ""));

        assertThat(invalid.invalidFields()).containsExactlyInAnyOrder("targets[0].comparator", "reason");
    }

    /** New aims (unique, so that the aggregate sees a change), the zone's key tasks, a reason. */
    private static Map<String, Object> revision(JsonNode zone, String aimsPrefix, Long expectedVersion) {
        List<String> keyTasks = new ArrayList<>();
        zone.path("keyTasks").forEach(task -> keyTasks.add(task.asText()));
        Map<String, Object> body = new HashMap<>();
        body.put("aimsZh", aimsPrefix + "：" + UUID.randomUUID());
        body.put("keyTasks", keyTasks);
        body.put("reason", "接口测试");
        body.put("expectedVersion", expectedVersion);
        return body;
    }

    private static List<Integer> planNumbers(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<Integer> numbers = new ArrayList<>();
        page.json().path("items").forEach(item -> {
            if (item.hasNonNull("planNumber")) {
                numbers.add(item.path("planNumber").asInt());
            }
        });
        return numbers;
    }
}
