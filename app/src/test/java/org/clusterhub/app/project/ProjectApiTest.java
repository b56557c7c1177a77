package org.clusterhub.app.project;

import java.nio.charset.StandardCharsets;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.project.Http.Response;
import org.clusterhub.cluster.api.ClusterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project API over real HTTP as the demo accounts: drafting and editing, the library with totals, the history,
 * and every kind of refusal (400 with the fields, 403 out of scope, 409 for a rule and for an edit conflict with the
 * other person's change).
 */
@IntegrationTest
class ProjectApiTest {

    /** Plan cluster 6, 智慧农机装备产业集群, centered in Weifang: its promotion staff is staff06. */
    static final String MACHINERY = ClusterId.forPlanCode("smart-agricultural-machinery").toString();
    static final String LEAD = "潍柴雷沃智慧农业科技股份有限公司";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port, null);
    }

    @Test
    void staffDraftAProjectEditItsPartsAndFindItInTheLibrary() {
        Response created = http.post("staff06", "/api/projects", draft("丘陵山区智能农机装备中试验证平台"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("projectId").asText();
        assertThat(created.headers().getLocation()).hasToString("/api/projects/" + id);
        assertThat(created.json().path("version").asLong()).isEqualTo(1);

        JsonNode project = http.get("staff06", "/api/projects/" + id).ok();
        assertThat(project.path("status").asText()).isEqualTo("DRAFT");
        assertThat(project.path("clusterName").asText()).isEqualTo("智慧农机装备产业集群");
        assertThat(project.path("participants").get(0).path("organization").asText()).isEqualTo(LEAD);
        long aimsVersion = project.path("parts").path("section:AIMS").path("version").asLong();

        JsonNode aims = http.put("staff06", "/api/projects/" + id + "/sections/AIMS",
                Map.of("text", "建成丘陵山区农机中试验证平台，年服务企业100家", "expectedVersion", aimsVersion)).ok();
        assertThat(aims.path("version").asLong()).isEqualTo(2);
        Response line = http.post("staff06", "/api/projects/" + id + "/budget-lines",
                Map.of("item", "中试设备购置", "source", "PROVINCIAL_SUBSIDY", "amount", "260.5"));
        assertThat(line.status()).as(line.body()).isEqualTo(201);
        String lineId = line.json().path("id").asText();

        JsonNode edited = http.get("staff06", "/api/projects/" + id).ok();
        assertThat(edited.path("aims").asText()).startsWith("建成丘陵山区");
        assertThat(edited.path("budgetLines").get(0).path("amount").decimalValue()).isEqualByComparingTo("260.5");
        assertThat(edited.path("parts").path("budget:" + lineId).path("version").asLong()).isEqualTo(3);
        assertThat(edited.path("parts").path("budget:" + lineId).path("byOrganization").asText())
                .isEqualTo("山东省农业机械科学研究院");

        JsonNode page = http.get("staff06", "/api/projects?clusterId=" + MACHINERY + "&text=丘陵山区&size=5").ok();
        assertThat(page.path("items").findValuesAsText("projectId")).contains(id);
        assertThat(page.path("totals").path("count").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode theirs = http.get("staff07", "/api/projects?clusterId=" + MACHINERY).ok();
        assertThat(theirs.path("totals").path("count").asLong()).as("another cluster's staff sees none").isZero();
        JsonNode coordinator = http.get("coord-weifang", "/api/projects?text=丘陵山区&size=100").ok();
        assertThat(coordinator.path("items").findValuesAsText("projectId")).contains(id);

        JsonNode history = http.get("staff06", "/api/projects/" + id + "/history").ok();
        assertThat(history.path("aggregateType").asText()).isEqualTo("Project");
        List<String> types = new ArrayList<>();
        history.path("entries").forEach(entry -> types.add(entry.path("eventType").asText()));
        assertThat(types).containsExactly("ProjectDraftedEvent", "ParticipantAddedEvent",
                "ProjectSectionRevisedEvent", "BudgetLineAddedEvent");
        assertThat(history.path("entries").get(3).path("username").asText()).isEqualTo("staff06");
    }

    @Test
    void invalidValuesAreRefusedNamingTheFields() {
        Map<String, Object> bad = new HashMap<>(draft("短"));
        bad.put("startYear", 1999);
        assertThat(http.post("staff06", "/api/projects", bad).invalidFields()).contains("title", "startYear");

        String id = newProject("智能农机作业监测公共服务平台");
        assertThat(http.post("staff06", "/api/projects/" + id + "/budget-lines",
                Map.of("item", "设备", "source", "CITY_FUNDS", "amount", "-5")).invalidFields()).contains("amount");
        assertThat(http.post("staff06", "/api/projects/" + id + "/budget-lines",
                Map.of("item", "设备", "source", "LOTTERY", "amount", "5")).invalidFields()).contains("source");
        http.get("staff06", "/api/projects?size=1000").invalidFields();
    }

    @Test
    void peopleOutsideTheProjectsScopeAreRefused() {
        String id = newProject("农机装备北斗导航应用推广服务");
        http.put("staff07", "/api/projects/" + id + "/sections/AIMS", Map.of("text", "他人修改"))
                .problem(403, "forbidden");
        http.get("member-weichai", "/api/projects/" + id).problem(403, "forbidden");
        http.get("coord-jinan", "/api/projects/" + id + "/history").problem(403, "forbidden");
        http.post("coord-weifang", "/api/projects/" + id + "/recommendation", Map.of("opinion", "同意"))
                .problem(409, "rule-violation");
        http.post("staff06", "/api/projects/" + id + "/library", Map.of("state", "RESERVE", "reason", "储备"))
                .problem(403, "forbidden");
        http.get("staff06", "/api/experts").problem(403, "forbidden");
        JsonNode pool = http.get("supervisor", "/api/experts").ok();
        assertThat(pool.path("experts").findValuesAsText("username")).contains("expert01", "expert12");
        http.get("staff06", "/api/projects/" + java.util.UUID.randomUUID()).problem(404, "not-found");
    }

    @Test
    void aRuleViolationExplainsItselfInTheCallersLanguage() {
        String id = newProject("农机装备智能制造共性技术服务");
        JsonNode chinese = http.post("staff06", "/api/projects/" + id + "/submission", Map.of())
                .problem(409, "rule-violation");
        assertThat(chinese.path("code").asText()).isEqualTo("project.error.incomplete.aims");
        assertThat(chinese.path("detail").asText()).isEqualTo("申报前请填写项目目标。");
        JsonNode english = new Http(port, "en").post("staff06", "/api/projects/" + id + "/submission", Map.of())
                .problem(409, "rule-violation");
        assertThat(english.path("detail").asText()).doesNotContain("申报").isNotBlank();
    }

    @Test
    void twoEditsOfTheSamePartConflictAndTheLaterOneSeesTheOtherChange() {
        String id = newProject("智能农机装备检验检测公共服务平台");
        JsonNode project = http.get("staff06", "/api/projects/" + id).ok();
        long seen = project.path("parts").path("section:CONTENT").path("version").asLong();
        http.put("staff06", "/api/projects/" + id + "/sections/CONTENT",
                Map.of("text", "建设拖拉机整机检测线", "expectedVersion", seen)).ok();

        JsonNode conflict = http.put("staff06", "/api/projects/" + id + "/sections/CONTENT",
                Map.of("text", "建设收获机械检测线", "expectedVersion", seen)).problem(409, "edit-conflict");
        assertThat(conflict.path("part").asText()).isEqualTo("section:CONTENT");
        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(seen + 2);
        assertThat(conflict.path("theirName").asText()).isEqualTo("山东省农业机械科学研究院 工作人员");
        assertThat(Instant.parse(conflict.path("theirTime").asText())).isBefore(Instant.now());
        assertThat(conflict.path("theirChangeType").asText()).isEqualTo("ProjectSectionRevisedEvent");
        assertThat(conflict.path("theirChange").path("text").asText()).isEqualTo("建设拖拉机整机检测线");
        assertThat(conflict.path("detail").asText()).contains("山东省农业机械科学研究院 工作人员");

        // Another part, against the same old version: no conflict.
        http.put("staff06", "/api/projects/" + id + "/sections/AIMS",
                Map.of("text", "服务全省农机企业", "expectedVersion", seen)).ok();
        // Re-applied against the version the conflict named: accepted.
        http.put("staff06", "/api/projects/" + id + "/sections/CONTENT", Map.of("text", "建设收获机械检测线",
                "expectedVersion", conflict.path("currentVersion").asLong())).ok();
        assertThat(http.get("staff06", "/api/projects/" + id).ok().path("content").asText())
                .isEqualTo("建设收获机械检测线");
    }

    @Test
    void documentsAreUploadedAndDownloadedByThoseWhoMayReadTheProject() {
        String id = newProject("农机检测公共服务平台（附件）");
        byte[] pdf = "%PDF-1.7\n申报书正文".getBytes(StandardCharsets.UTF_8);
        Response attached = http.upload("staff06", "/api/projects/" + id + "/documents", "申报书.pdf", pdf,
                Map.of("category", "APPLICATION"));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        String location = attached.headers().getLocation().toString();

        JsonNode project = http.get("staff06", "/api/projects/" + id).ok();
        assertThat(project.path("attachments").get(0).path("fileName").asText()).isEqualTo("申报书.pdf");
        assertThat(http.download("staff06", location)).isEqualTo(pdf);
        // Outside the project's scope: neither the project nor its files.
        assertThat(http.download("member-sdu", location)).isNull();

        Response program = http.upload("staff06", "/api/projects/" + id + "/documents", "setup.exe",
                new byte[] {'M', 'Z', 0, 0}, Map.of("category", "APPLICATION"));
        assertThat(program.problem(409, "rule-violation").path("code").asText())
                .isEqualTo("attachment.error.typeNotAllowed");
        assertThat(http.get("staff06", "/api/projects/" + id).ok().path("attachments")).hasSize(1);
    }

    private String newProject(String title) {
        Response created = http.post("staff06", "/api/projects", draft(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("projectId").asText();
    }

    private static Map<String, Object> draft(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterId", MACHINERY);
        body.put("kind", "PUBLIC_SERVICE_PLATFORM");
        body.put("title", title);
        body.put("leadOrganization", LEAD);
        body.put("city", "WEIFANG");
        body.put("personInCharge", "周涛");
        body.put("startYear", 2026);
        body.put("endYear", 2027);
        return body;
    }
}
