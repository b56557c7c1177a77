package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.clusterhub.zone.api.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Reporting and questioning an indicator value over real HTTP against the real stores: the Jinan coordinator reports,
 * a supervisor questions, the coordinator answers with a correction, the supervisor accepts; the question and the
 * answer stay in the zone's history. Refusals (role, scope, bad input) answer problems and store nothing. A batch
 * recommendation is one command, all or nothing, in every chosen zone's history.
 */
@IntegrationTest
class ZoneMonitoringApiTest {

    static final String JINAN = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone").toString();
    static final String WEIFANG = ZoneId.forPlanCode("weifang-manufacturing-pilot-zone").toString();
    static final String JINING = ZoneId.forPlanCode("jining-resource-city-transformation-pilot-zone").toString();
    static final String ZIBO = ZoneId.forPlanCode("zibo-traditional-industry-upgrading-demonstration-zone").toString();
    static final String SHARE = "先进制造业主营业务收入占规模以上工业比重";

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
    void theCoordinatorReportsTheSupervisorQuestionsTheAnswerCorrectsAndTheValueIsAccepted() {
        Response reported = api.post("coord-jinan", "/api/zones/" + JINAN + "/indicator-reports",
                Map.of("indicator", SHARE, "period", "2024-Q1", "value", 61.5, "source", "济南市统计局季度快报"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String reportId = reported.json().path("id").asText();

        Response questioned = api.post("supervisor", "/api/zones/" + JINAN + "/indicator-reports/" + reportId
                + "/question", Map.of("question", "与统计年鉴口径是否一致？"));
        assertThat(questioned.status()).as(questioned.body()).isEqualTo(200);
        // While the question is open nobody may accept, and the coordinator may not accept at all.
        api.post("supervisor", "/api/zones/" + JINAN + "/indicator-reports/" + reportId + "/acceptance", Map.of())
                .problem(409, "rule-violation");
        api.post("coord-jinan", "/api/zones/" + JINAN + "/indicator-reports/" + reportId + "/acceptance", Map.of())
                .problem(403, "forbidden");

        Response answered = api.post("coord-jinan", "/api/zones/" + JINAN + "/indicator-reports/" + reportId
                + "/answer", Map.of("answer", "已按年鉴口径更正", "correctedValue", 62.1, "correctedSource", "山东统计年鉴"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Response accepted = api.post("supervisor", "/api/zones/" + JINAN + "/indicator-reports/" + reportId
                + "/acceptance", Map.of("note", "确认"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        JsonNode report = report(api.get("coord-qingdao", "/api/zones/" + JINAN + "/monitoring").json(), reportId);
        assertThat(report.path("value").decimalValue()).isEqualByComparingTo("62.1");
        assertThat(report.path("source").asText()).isEqualTo("山东统计年鉴");
        assertThat(report.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(report.path("exchanges").findValuesAsText("kind"))
                .containsExactly("QUESTION", "ANSWER", "ACCEPTANCE");

        JsonNode history = api.get("supervisor", "/api/zones/" + JINAN + "/history").json().path("entries");
        List<String> types = new ArrayList<>();
        Map<String, JsonNode> byType = new HashMap<>();
        history.forEach(entry -> {
            if (reportId.equals(entry.path("payload").path("reportId").asText())) {
                types.add(entry.path("eventType").asText());
                byType.put(entry.path("eventType").asText(), entry);
            }
        });
        assertThat(types).containsExactly("ZoneIndicatorValueReportedEvent", "ZoneIndicatorValueQuestionedEvent",
                "ZoneIndicatorQuestionAnsweredEvent", "ZoneIndicatorValueAcceptedEvent");
        assertThat(byType.get("ZoneIndicatorValueQuestionedEvent").path("payload").path("question").asText())
                .isEqualTo("与统计年鉴口径是否一致？");
        assertThat(byType.get("ZoneIndicatorValueQuestionedEvent").path("username").asText()).isEqualTo("supervisor");
        assertThat(byType.get("ZoneIndicatorQuestionAnsweredEvent").path("payload").path("previousValue")
                .decimalValue()).isEqualByComparingTo("61.5");
        assertThat(byType.get("ZoneIndicatorQuestionAnsweredEvent").path("city").asText()).isEqualTo("JINAN");
    }

    @Test
    void onlyTheCoordinatorOfTheZonesCityReportsAndRefusalsStoreNothing() {
        long before = lastSequence(JINAN);
        Map<String, Object> valid = Map.of("indicator", SHARE, "period", "2024-Q2", "value", 62, "source", "快报");
        api.post("coord-qingdao", "/api/zones/" + JINAN + "/indicator-reports", valid).problem(403, "forbidden");
        api.post("supervisor", "/api/zones/" + JINAN + "/indicator-reports", valid).problem(403, "forbidden");
        api.post("member-weichai", "/api/zones/" + JINAN + "/indicator-reports", valid).problem(403, "forbidden");
        assertThat(lastSequence(JINAN)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithAClearMessagePerField() {
        long before = lastSequence(JINAN);
        String path = "/api/zones/" + JINAN + "/indicator-reports";
        Response missing = api.call(HttpMethod.POST, "coord-jinan", ApiClient.PASSWORD, path,
                Map.of("indicator", SHARE, "value", 60));
        assertThat(missing.invalidFields()).containsExactlyInAnyOrder("period", "source");

        JsonNode future = api.post("coord-jinan", path, Map.of("indicator", SHARE, "period", "2099-Q1", "value", 60,
                "source", "预测")).problem(400, "validation");
        assertThat(messageOf(future, "period")).isEqualTo("报告期尚未开始（按北京时间），不能填报未来期间的数据");

        JsonNode malformed = api.post("coord-jinan", path, Map.of("indicator", SHARE, "period", "2025-Q5",
                "value", 60, "source", "快报")).problem(400, "validation");
        assertThat(messageOf(malformed, "period")).isEqualTo("报告期格式应为年度（如 2025）或季度（如 2025-Q3）");

        JsonNode notANumber = api.post("coord-jinan", path, "{\"indicator\":\"" + SHARE
                + "\",\"period\":\"2024-Q3\",\"value\":\"六十\",\"source\":\"快报\"}").problem(400, "validation");
        assertThat(messageOf(notANumber, "value")).isEqualTo("须为数字");

        JsonNode unknown = api.post("coord-jinan", path, Map.of("indicator", "数字化车间数量", "period", "2024-Q3",
                "value", 60, "source", "快报")).problem(409, "rule-violation");
        assertThat(unknown.path("detail").asText()).contains("不是该试验区（示范区）量化指标中的指标");

        Response english = new ApiClient(port, "en").post("coord-jinan", path, Map.of("indicator", SHARE, "period", "2099",
                "value", 60, "source", "forecast"));
        assertThat(messageOf(english.problem(400, "validation"), "period"))
                .isEqualTo("This period has not begun yet (Beijing time): no figure can be reported for it");
        assertThat(lastSequence(JINAN)).isEqualTo(before);
    }

    @Test
    void aBatchRecommendationIsOneCommandInEveryChosenZonesHistoryAndAllOrNothing() {
        api.post("coord-weifang", "/api/zone-batches", Map.of("name", "越权批次", "zoneIds", List.of(WEIFANG),
                "reasons", "市级不可推荐")).problem(403, "forbidden");

        Response batch = api.post("supervisor", "/api/zone-batches", Map.of("name", "2025年第一批",
                "zoneIds", List.of(WEIFANG, JINING), "reasons", "生态体系建设成效突出；资源型城市转型路径清晰"));
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        String batchId = batch.json().path("batchId").asText();
        for (String zone : List.of(WEIFANG, JINING)) {
            JsonNode last = lastEntry(api.get("member-weichai", "/api/zones/" + zone + "/history").json());
            assertThat(last.path("eventType").asText()).isEqualTo("ZoneRecommendedForNationalCreationEvent");
            assertThat(last.path("payload").path("batchId").asText()).isEqualTo(batchId);
            assertThat(last.path("payload").path("reasons").asText()).isEqualTo("生态体系建设成效突出；资源型城市转型路径清晰");
            assertThat(api.get("member-weichai", "/api/zones/" + zone + "/monitoring").json().path("status").asText())
                    .isEqualTo("RECOMMENDED_FOR_NATIONAL");
        }
        JsonNode batchHistory = api.get("supervisor", "/api/zone-batches/" + batchId + "/history").json();
        assertThat(lastEntry(batchHistory).path("eventType").asText()).isEqualTo("ZoneBatchRecommendedEvent");

        // Weifang was recommended already: the whole second batch is refused, and Zibo is left as it was.
        long ziboBefore = lastSequence(ZIBO);
        JsonNode refused = api.post("supervisor", "/api/zone-batches", Map.of("name", "第二批",
                "zoneIds", List.of(ZIBO, WEIFANG), "reasons", "补充推荐")).problem(409, "rule-violation");
        assertThat(refused.path("detail").asText()).contains("潍坊制造业高质量发展试验区");
        assertThat(lastSequence(ZIBO)).isEqualTo(ziboBefore);

        JsonNode comparison = api.get("supervisor", "/api/zones/comparison").json();
        assertThat(comparison.path("goal").path("target").asInt()).isEqualTo(3);
        assertThat(comparison.path("goal").path("recommended").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(comparison.path("rows")).hasSize(6);
    }

    @Test
    void theZonePageListsTheClustersOfItsCity() {
        JsonNode clusters = api.get("member-sdu", "/api/zones/" + WEIFANG + "/clusters").json().path("items");
        List<String> names = StreamSupport.stream(clusters.spliterator(), false)
                .map(c -> c.path("nameZh").asText()).toList();
        assertThat(names).contains("潍坊清洁能源动力装备产业集群", "智慧农机装备产业集群");
    }

    private static JsonNode report(JsonNode monitoring, String reportId) {
        for (JsonNode indicator : monitoring.path("indicators")) {
            for (JsonNode report : indicator.path("reports")) {
                if (report.path("reportId").asText().equals(reportId)) {
                    return report;
                }
            }
        }
        throw new AssertionError("no report " + reportId + " in " + monitoring);
    }

    private static JsonNode lastEntry(JsonNode history) {
        JsonNode entries = history.path("entries");
        return entries.get(entries.size() - 1);
    }

    private static String messageOf(JsonNode problem, String field) {
        for (JsonNode entry : problem.path("invalidFields")) {
            if (entry.path("field").asText().equals(field)) {
                return entry.path("message").asText();
            }
        }
        throw new AssertionError("no invalid field " + field + " in " + problem);
    }

    private long lastSequence(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }
}
