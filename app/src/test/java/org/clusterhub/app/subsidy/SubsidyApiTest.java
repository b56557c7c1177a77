package org.clusterhub.app.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.consortium.ConsortiumRest;
import org.clusterhub.cluster.api.ClusterId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The subsidy API over real HTTP as the demo accounts: a programme defined, a grant to a cluster's promotion
 * organization paid in two tranches, the budget refusing a grant (409 in the caller's language), bad input (400
 * naming the fields), other roles refused (403), unknown or out-of-scope ids (404), and the grants and history each
 * reader may see.
 */
@IntegrationTest
class SubsidyApiTest {

    static final String RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment").toString();

    @LocalServerPort
    int port;

    @Test
    void aProgrammeGrantsPaysAndRefusesWhatItMustInTheCallersLanguage() {
        ConsortiumRest http = new ConsortiumRest(port, null);
        ConsortiumRest english = new ConsortiumRest(port, "en");
        String name = "集群公共服务奖补" + UUID.randomUUID().toString().substring(0, 6);
        ConsortiumRest.Answer created = http.post("supervisor", "/api/subsidies/programmes", Map.of("year", 2026,
                "kind", "OTHER", "name", name, "budget", 1000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String programme = created.json().path("programmeId").asText();
        assertThat(created.headers().getLocation()).hasToString("/api/subsidies/programmes/" + programme);
        String base = "/api/subsidies/programmes/" + programme;

        ConsortiumRest.Answer granted = http.post("supervisor", base + "/grants", Map.of("recipientKind",
                "ORGANIZATION", "clusterId", RAIL, "amount", 800, "purpose", "集群公共服务平台建设奖补", "tranches", List.of(
                Map.of("amount", 300, "condition", "ON_GRANT"),
                Map.of("amount", 500, "condition", "SUPERVISOR_CONFIRMATION", "note", "平台通过年度绩效评价"))));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        String grant = granted.json().path("grantId").asText();

        Map<String, Object> tooMuch = Map.of("recipientKind", "ORGANIZATION", "organization", "济南市人民政府", "city",
                "JINAN", "amount", 200.01, "purpose", "超出预算", "tranches", List.of(Map.of("amount", 200.01,
                        "condition", "ON_GRANT")));
        JsonNode over = http.post("supervisor", base + "/grants", tooMuch).problem(409, "rule-violation");
        assertThat(over.path("code").asText()).isEqualTo("subsidy.error.overBudget");
        assertThat(over.path("detail").asText()).isEqualTo("超出预算：本次需安排 200.01 万元，可安排余额仅 200.00 万元。");
        assertThat(english.post("supervisor", base + "/grants", tooMuch).problem(409, "rule-violation")
                .path("detail").asText()).isEqualTo("Over budget: this needs 200.01 but only 200.00 (10k CNY) remains.");

        JsonNode invalid = http.post("supervisor", base + "/grants", Map.of("recipientKind", "ORGANIZATION",
                "clusterId", RAIL, "amount", 1.005, "purpose", "", "tranches", List.of()))
                .problem(400, "validation");
        List<String> fields = new ArrayList<>();
        invalid.path("invalidFields").forEach(f -> fields.add(f.path("field").asText()));
        assertThat(fields).contains("amount", "purpose", "tranches");

        http.get("staff01", "/api/subsidies/programmes").problem(403, "forbidden");
        http.post("staff01", base + "/grants/" + grant + "/tranches/1/payment", Map.of("paidOn",
                LocalDate.now().toString(), "voucher", "V1")).problem(403, "forbidden");
        http.get("supervisor", "/api/subsidies/programmes/" + UUID.randomUUID()).problem(404, "not-found");

        String today = LocalDate.now().toString();
        http.post("supervisor", base + "/grants/" + grant + "/tranches/1/payment", Map.of("paidOn", today,
                "voucher", "鲁财工指〔2026〕101号")).ok();
        assertThat(http.post("supervisor", base + "/grants/" + grant + "/tranches/2/payment", Map.of("paidOn",
                today, "voucher", "鲁财工指〔2026〕102号")).problem(409, "rule-violation").path("code").asText())
                .isEqualTo("subsidy.error.trancheNotPayable");
        http.post("supervisor", base + "/grants/" + grant + "/tranches/2/confirmation",
                Map.of("note", "平台2026年度绩效评价结果为优秀")).ok();
        long version = http.post("supervisor", base + "/grants/" + grant + "/tranches/2/payment", Map.of("paidOn",
                today, "voucher", "鲁财工指〔2026〕102号")).ok().path("version").asLong();
        assertThat(version).as("defined, awarded, payable, paid, confirmed, paid").isEqualTo(5);

        JsonNode figures = http.get("supervisor", base).ok();
        assertThat(figures.path("committed").decimalValue()).isEqualByComparingTo("800");
        assertThat(figures.path("paid").decimalValue()).isEqualByComparingTo("800");
        assertThat(figures.path("remaining").decimalValue()).isEqualByComparingTo("200");
        JsonNode list = http.get("supervisor", "/api/subsidies/programmes?text=" + name).ok();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("grantCount").asInt()).isEqualTo(1);

        JsonNode mine = http.get("staff01", "/api/subsidies/grants?text=" + name).ok();
        assertThat(mine.path("total").asLong()).isEqualTo(1);
        assertThat(mine.path("items").get(0).path("state").asText()).isEqualTo("SETTLED");
        assertThat(mine.path("items").get(0).path("organization").asText()).isEqualTo("青岛市轨道交通装备产业协会");
        assertThat(http.get("staff02", "/api/subsidies/grants?text=" + name).ok().path("total").asLong()).isZero();
        http.get("staff02", "/api/subsidies/grants/" + grant).problem(404, "not-found");
        List<String> history = new ArrayList<>();
        http.get("staff01", "/api/subsidies/grants/" + grant + "/history").ok()
                .forEach(entry -> history.add(entry.path("eventType").asText()));
        assertThat(history).containsExactly("GrantAwardedEvent", "TrancheBecamePayableEvent", "TranchePaidEvent",
                "TrancheBecamePayableEvent", "TranchePaidEvent");
    }
}
