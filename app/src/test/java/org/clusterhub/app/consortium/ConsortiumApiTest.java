package org.clusterhub.app.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.consortium.ConsortiumRest.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.consortium.ConsortiumRest.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consortium API over real HTTP as the demo accounts: forming with answers from the invited organizations, the
 * founding agreement, registration by the cluster's staff, later members, the list and the history, and refusals
 * (400 naming the fields, 403 out of scope, 404, 409 for a rule in the caller's language).
 */
@IntegrationTest
class ConsortiumApiTest {

    @LocalServerPort
    int port;

    ConsortiumRest http;

    @BeforeEach
    void client() {
        http = new ConsortiumRest(port, null);
    }

    @Test
    void aConsortiumFormsIsFoundedRegisteredAndJoinedLater() {
        Answer created = http.post("member-weichai", "/api/consortia", proposal("高效清洁动力关键零部件创新联合体"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("consortiumId").asText();
        assertThat(created.headers().getLocation()).hasToString("/api/consortia/" + id);
        String base = "/api/consortia/" + id;

        http.post("member-weichai", base + "/invitations",
                invitation(SDU, SDU_CODE, "UNIVERSITY", "OTHER_CLUSTER", null, "CORE", true)).ok();
        http.post("member-weichai", base + "/invitations",
                invitation(SDIIT, SDIIT_CODE, "RESEARCH_INSTITUTE", "SAME_CLUSTER", null, "PARTICIPANT", true)).ok();
        http.post("member-weichai", base + "/invitations",
                invitation("上海交通大学", SJTU_CODE, "UNIVERSITY", "OUTSIDE_REGION", "上海市", "PARTICIPANT", false))
                .ok();
        JsonNode forming = http.get("member-sdu", base).ok();
        assertThat(forming.path("status").asText()).isEqualTo("FORMING");
        assertThat(forming.path("clusterName").asText()).isEqualTo("潍坊清洁能源动力装备产业集群");
        assertThat(forming.path("members")).hasSize(4);

        http.post("staff11", base + "/registration", Map.of("registrationNumber", "潍集联备〔2026〕1号"))
                .problem(409, "rule-violation");
        http.post("member-sdu", base + "/invitations/" + SDU_CODE + "/acceptance", commitment(12, "2000000")).ok();
        assertThat(http.get("member-sdu", base).ok().path("status").asText()).as("one required still open")
                .isEqualTo("FORMING");
        http.post("member-sdiit", base + "/invitations/" + SDIIT_CODE + "/acceptance", commitment(5, "0")).ok();
        JsonNode founded = http.get("member-sdiit", base).ok();
        assertThat(founded.path("status").asText()).isEqualTo("FOUNDED");
        assertThat(founded.path("foundedAt").asText()).isNotBlank();
        JsonNode sdu = board(founded, SDU_CODE);
        assertThat(sdu.path("state").asText()).isEqualTo("MEMBER");
        assertThat(sdu.path("role").asText()).isEqualTo("CORE");
        assertThat(sdu.path("commitment").path("money").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(board(founded, SJTU_CODE).path("state").asText()).isEqualTo("INVITED");
        assertThat(board(founded, SJTU_CODE).path("region").asText()).isEqualTo("上海市");

        http.post("staff07", base + "/registration", Map.of("registrationNumber", "别的集群")).problem(403,
                "forbidden");
        http.post("staff11", base + "/registration", Map.of("registrationNumber", "潍集联备〔2026〕1号")).ok();
        JsonNode registered = http.get("staff11", base).ok();
        assertThat(registered.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(registered.path("registrationNumber").asText()).isEqualTo("潍集联备〔2026〕1号");

        Map<String, Object> application = new HashMap<>();
        application.put("creditCode", PLATFORM_CODE);
        application.put("kind", "PUBLIC_SERVICE_PLATFORM");
        application.put("origin", "OTHER_CLUSTER");
        application.put("motivation", "提供工业互联网数据采集与分析服务");
        application.put("commitment", commitment(3, "100000"));
        http.post("member-platform", base + "/applications", application).ok();
        http.post("member-sdu", base + "/applications/" + PLATFORM_CODE + "/decision",
                Map.of("admit", true, "role", "PARTICIPANT")).problem(403, "forbidden");
        http.post("member-weichai", base + "/applications/" + PLATFORM_CODE + "/decision",
                Map.of("admit", true, "role", "PARTICIPANT")).ok();
        http.put("member-weichai", base + "/members/" + SDIIT_CODE + "/role", Map.of("role", "CORE")).ok();
        http.post("member-sdiit", base + "/members/" + SDIIT_CODE + "/departure", Map.of("reason", "方向调整")).ok();
        JsonNode later = http.get("member-platform", base).ok();
        assertThat(board(later, PLATFORM_CODE).path("state").asText()).isEqualTo("MEMBER");
        assertThat(board(later, SDIIT_CODE).path("state").asText()).isEqualTo("LEFT");
        assertThat(board(later, SDIIT_CODE).path("note").asText()).isEqualTo("方向调整");

        JsonNode page = http.get("member-platform", "/api/consortia?clusterId=" + POWER_CLUSTER
                + "&area=BASIC_COMPONENTS&text=清洁动力关键&size=5").ok();
        assertThat(page.path("items").findValuesAsText("consortiumId")).contains(id);
        JsonNode mine = http.get("member-platform", "/api/consortia?organization=" + PLATFORM + "&size=100").ok();
        assertThat(mine.path("items").findValuesAsText("consortiumId")).contains(id);
        JsonNode dissolvedOnly = http.get("member-platform", "/api/consortia?status=DISSOLVED&size=100").ok();
        assertThat(dissolvedOnly.path("items").findValuesAsText("consortiumId")).doesNotContain(id);

        JsonNode history = http.get("coord-weifang", base + "/history").ok();
        assertThat(history.path("aggregateType").asText()).isEqualTo("Consortium");
        List<String> types = new ArrayList<>();
        history.path("entries").forEach(entry -> types.add(entry.path("eventType").asText()));
        assertThat(types).containsExactly("ConsortiumProposedEvent", "OrganizationInvitedEvent",
                "OrganizationInvitedEvent", "OrganizationInvitedEvent", "InvitationAcceptedEvent",
                "InvitationAcceptedEvent", "FoundingAgreementSignedEvent", "ConsortiumRegisteredEvent",
                "MembershipAppliedEvent", "ApplicantAdmittedEvent", "MemberRoleChangedEvent", "MemberLeftEvent");
        assertThat(history.path("entries").get(4).path("username").asText()).isEqualTo("member-sdu");
        assertThat(history.path("entries").get(7).path("username").asText()).isEqualTo("staff11");

        http.post("member-weichai", base + "/dissolution", Map.of("reason", "攻关任务完成")).ok();
        http.post("member-weichai", base + "/invitations",
                invitation(SDIIT, SDIIT_CODE, "RESEARCH_INSTITUTE", "SAME_CLUSTER", null, "CORE", false))
                .problem(409, "rule-violation");
    }

    @Test
    void onlyTheInvitedOrganizationAnswersAndOnlyOnce() {
        String id = http.propose("船用动力系统创新联合体");
        String base = "/api/consortia/" + id;
        http.post("member-weichai", base + "/invitations",
                invitation(SDU, SDU_CODE, "UNIVERSITY", "OTHER_CLUSTER", null, "CORE", true)).ok();

        http.post("member-sdiit", base + "/invitations/" + SDU_CODE + "/acceptance", commitment(1, "0"))
                .problem(403, "forbidden");
        http.post("staff11", base + "/invitations/" + SDU_CODE + "/declination", Map.of()).problem(403,
                "forbidden");
        http.post("member-sdu", base + "/invitations/" + SDU_CODE + "/declination", Map.of("reason", "人手不足"))
                .ok();
        JsonNode twice = http.post("member-sdu", base + "/invitations/" + SDU_CODE + "/acceptance",
                commitment(1, "0")).problem(409, "rule-violation");
        assertThat(twice.path("code").asText()).isEqualTo("consortium.error.alreadyAnswered");
        assertThat(twice.path("detail").asText()).isEqualTo("该邀请已经答复过。");
        JsonNode english = new ConsortiumRest(port, "en").post("member-sdu",
                base + "/invitations/" + SDU_CODE + "/acceptance", commitment(1, "0")).problem(409, "rule-violation");
        assertThat(english.path("detail").asText()).isEqualTo("This invitation was already answered.");

        // The declined required invitation blocks founding until the lead withdraws it.
        http.post("member-weichai", base + "/invitations",
                invitation(SDIIT, SDIIT_CODE, "RESEARCH_INSTITUTE", "SAME_CLUSTER", null, "CORE", true)).ok();
        http.post("member-sdiit", base + "/invitations/" + SDIIT_CODE + "/acceptance", commitment(2, "0")).ok();
        assertThat(http.get("member-sdiit", base).ok().path("status").asText()).isEqualTo("FORMING");
        http.delete("member-weichai", base + "/invitations/" + SDU_CODE).ok();
        assertThat(http.get("member-sdiit", base).ok().path("status").asText()).isEqualTo("FOUNDED");
    }

    @Test
    void badInputIsRefusedNamingTheFieldsAndStrangersAreRefused() {
        Map<String, Object> bad = new HashMap<>(proposal("短"));
        bad.put("leadCreditCode", "123");
        bad.put("platforms", List.of());
        bad.put("aims", "<script>alert(1)</script>很长的目标描述文字");
        List<String> fields = new ArrayList<>();
        http.post("member-weichai", "/api/consortia", bad).problem(400, "validation").path("invalidFields")
                .forEach(f -> fields.add(f.path("field").asText()));
        assertThat(fields).contains("name", "leadCreditCode", "platforms", "aims");

        http.post("staff11", "/api/consortia", proposal("推进机构不发起联合体")).problem(403, "forbidden");

        String id = http.propose("动力电池关键材料创新联合体");
        String base = "/api/consortia/" + id;
        http.post("member-sdu", base + "/invitations",
                invitation(SDIIT, SDIIT_CODE, "RESEARCH_INSTITUTE", "SAME_CLUSTER", null, "CORE", true))
                .problem(403, "forbidden");
        JsonNode region = http.post("member-weichai", base + "/invitations",
                invitation("上海交通大学", SJTU_CODE, "UNIVERSITY", "OUTSIDE_REGION", " ", "CORE", false))
                .problem(409, "rule-violation");
        assertThat(region.path("field").asText()).isEqualTo("region");
        List<String> invalid = new ArrayList<>();
        http.post("member-weichai", base + "/invitations",
                invitation("上", "91370700163106780X", null, "SAME_CLUSTER", null, "CORE", false))
                .problem(400, "validation").path("invalidFields").forEach(f -> invalid.add(f.path("field").asText()));
        assertThat(invalid).contains("organization", "creditCode", "kind");

        http.get("member-sdu", "/api/consortia/" + UUID.randomUUID()).problem(404, "not-found");
        http.post("member-weichai", "/api/consortia/" + UUID.randomUUID() + "/dissolution", Map.of("reason", "无"))
                .problem(404, "not-found");
        http.get("member-sdu", "/api/consortia?size=1000").problem(400, "validation");
        assertThat(http.get("member-sdu", base + "/history").ok().path("entries")).hasSize(1);
    }

    private static JsonNode board(JsonNode consortium, String creditCode) {
        for (JsonNode member : consortium.path("members")) {
            if (member.path("creditCode").asText().equals(creditCode)) {
                return member;
            }
        }
        throw new AssertionError(creditCode + " not on the board: " + consortium);
    }
}
