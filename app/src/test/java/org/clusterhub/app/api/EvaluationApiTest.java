package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The evaluation API (docs/http/evaluation.http) over real HTTP: opening with its refusals (400, 403, 409), who sees
 * an evaluation (404 for the others), each step by the right person, the province's draft scores hidden from the
 * organization until finalized, the finalized result with its recorded figures, the drill-down and a cluster's
 * indicators by period. Plan cluster 5 (staff05), year 2024: this class's own.
 */
@IntegrationTest
class EvaluationApiTest {

    static final String CLUSTER = ClusterId.forPlanCode("jinan-ai-innovation-industry-integration").toString();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anEvaluationGoesFromOpeningToAFinalizedResultThatChangesOnlyByACorrection() {
        String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
        assertThat(api.post("supervisor", "/api/supervision/evaluations", Map.of()).invalidFields())
                .containsExactlyInAnyOrder("clusterId", "year", "selfAssessmentDue");
        assertThat(api.post("staff05", "/api/supervision/evaluations",
                Map.of("clusterId", CLUSTER, "year", 2024, "selfAssessmentDue", due)).status()).isEqualTo(403);
        assertThat(api.post("supervisor", "/api/supervision/evaluations", Map.of("clusterId", CLUSTER,
                "year", LocalDate.now().getYear() + 1, "selfAssessmentDue", due)).problem(409, "rule-violation")
                .path("code").asText()).isEqualTo("evaluation.error.futureYear");

        Response opened = api.post("supervisor", "/api/supervision/evaluations",
                Map.of("clusterId", CLUSTER, "year", 2024, "selfAssessmentDue", due));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().path("evaluationId").asText();
        assertThat(opened.headers().getLocation()).hasToString("/api/supervision/evaluations/" + id);
        JsonNode again = api.post("supervisor", "/api/supervision/evaluations",
                Map.of("clusterId", CLUSTER, "year", 2024, "selfAssessmentDue", due)).problem(409, "rule-violation");
        assertThat(again.path("code").asText()).isEqualTo("evaluation.error.alreadyOpen");
        assertThat(again.path("detail").asText()).isEqualTo("该集群 2024 年度的评价已经发起。");

        String path = "/api/supervision/evaluations/" + id;
        assertThat(api.get("staff05", path).json().path("status").asText()).isEqualTo("OPEN");
        api.get("coord-jinan", path).problem(404, "not-found");
        assertThat(api.call(HttpMethod.PUT, "staff04", ApiClient.PASSWORD, path + "/self-assessment",
                Map.of("overall", "越权", "indicators", List.of())).status()).as("not theirs to see").isEqualTo(404);
        assertThat(api.call(HttpMethod.PUT, "supervisor", ApiClient.PASSWORD, path + "/scores", scores(101))
                .invalidFields()).containsExactly("scores[0].score");
        assertThat(api.call(HttpMethod.PUT, "supervisor", ApiClient.PASSWORD, path + "/scores", scores(80))
                .problem(409, "rule-violation").path("code").asText())
                .isEqualTo("evaluation.error.selfAssessmentPending");

        Response self = api.call(HttpMethod.PUT, "staff05", ApiClient.PASSWORD, path + "/self-assessment", Map.of(
                "indicators", List.of(Map.of("indicator", "ACTIVITIES_HELD", "text", "举办人工智能应用对接会。")),
                "overall", "全年工作扎实。", "selfScore", 86));
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        assertThat(api.call(HttpMethod.PUT, "supervisor", ApiClient.PASSWORD, path + "/scores", scores(80)).status())
                .isEqualTo(200);
        assertThat(api.get("supervisor", path).json().path("scoring").path("overallScore").asInt()).isEqualTo(80);
        assertThat(api.get("staff05", path).json().path("scoring").isNull()).as("a draft of the province").isTrue();

        assertThat(api.post("supervisor", path + "/finalization", null).status()).isEqualTo(200);
        JsonNode finalized = api.get("coord-jinan", path).json();
        assertThat(finalized.path("status").asText()).isEqualTo("FINALIZED");
        assertThat(finalized.path("result").path("grade").asText()).isEqualTo("GOOD");
        assertThat(finalized.path("result").path("figures")).hasSize(EvaluationIndicator.values().length);
        assertThat(finalized.path("scoring").path("overallComment").asText()).isEqualTo("较好");
        assertThat(api.call(HttpMethod.PUT, "supervisor", ApiClient.PASSWORD, path + "/scores", scores(95))
                .problem(409, "rule-violation").path("code").asText()).isEqualTo("evaluation.error.finalized");
        assertThat(api.post("supervisor", path + "/corrections", Map.of("overallScore", 85, "grade", "GOOD"))
                .invalidFields()).containsExactly("reason");
        assertThat(api.post("supervisor", path + "/corrections", Map.of("overallScore", 85, "grade", "GOOD",
                "reason", "复核补计活动")).status()).isEqualTo(200);
        JsonNode corrected = api.get("staff05", path).json();
        assertThat(corrected.path("corrections").get(0).path("previousScore").asInt()).isEqualTo(80);
        assertThat(corrected.path("corrections").get(0).path("overallScore").asInt()).isEqualTo(85);
        assertThat(corrected.path("result").path("overallScore").asInt()).as("the original stays").isEqualTo(80);

        JsonNode indicators = api.get("coord-jinan", path + "/indicators").json();
        assertThat(indicators.path("figures")).hasSize(EvaluationIndicator.values().length);
        assertThat(indicators.path("asOf").asText()).isEqualTo(finalized.path("result").path("figuresAsOf").asText());
        JsonNode events = api.get("coord-jinan", path + "/indicators/MEMBER_ORGANIZATIONS/events?page=0&size=5")
                .json();
        assertThat(events.path("total").asLong()).isEqualTo(indicators.path("figures").get(9).path("count").asLong());
    }

    @Test
    void aClustersIndicatorsByPeriodAreForTheProvinceAndTheClustersStaff() {
        String activity = "/api/supervision/clusters/" + CLUSTER + "/activity";
        Response own = api.get("staff05", activity + "?from=2026-01-01&to=2026-12-31");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().path("figures").get(0).path("indicator").asText()).isEqualTo("PROJECTS_APPROVED");
        assertThat(api.get("staff04", activity + "?from=2026-01-01&to=2026-12-31").status()).isEqualTo(403);
        assertThat(api.get("supervisor", activity + "?from=2026-12-31&to=2026-01-01").status()).isEqualTo(400);
        assertThat(api.get("supervisor", activity + "?from=2026-01-01").invalidFields()).containsExactly("to");
        Response change = api.get("supervisor", activity + "/change?beforeFrom=2025-01-01&beforeTo=2025-12-31"
                + "&afterFrom=2026-01-01&afterTo=2026-12-31");
        assertThat(change.json().path("rows").get(0).path("direction").asText()).isIn("IMPROVED", "FELL_BACK",
                "UNCHANGED");
        assertThat(api.get("supervisor", "/api/supervision/clusters/" + java.util.UUID.randomUUID()
                + "/activity?from=2026-01-01&to=2026-12-31").status()).isEqualTo(404);
    }

    private static Map<String, Object> scores(int score) {
        return Map.of("scores", List.of(Map.of("indicator", "ACTIVITIES_HELD", "score", score, "comment", "组织规范")),
                "overallScore", 80, "overallComment", "较好", "grade", "GOOD");
    }
}
