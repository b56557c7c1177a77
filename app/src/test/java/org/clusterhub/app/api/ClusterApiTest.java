package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.api.ApiClient.freshCreditCode;
import static org.clusterhub.app.api.ApiClient.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.api.ApiClient.Response;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;

/** The cluster API over real HTTP: filters and paging, writes by role and scope, and every kind of refusal. */
@IntegrationTest
class ClusterApiTest {

    static final String RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment").toString();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /**
     * The filter follows {@link org.clusterhub.cluster.api.FindClustersQuery}: a center or key city; radiated cities
     * do not count (cluster 2, 青岛智能家电, radiates to Weifang only).
     */
    @Test
    void cityFilterListsEveryClusterWithTheCityAsCenterOrKeyCity() throws IOException {
        Response page = api.get("staff05", "/api/clusters?city=WEIFANG&size=100");

        assertThat(planNumbers(page)).isEqualTo(planNumbersWhere(cluster -> cities(cluster, "centerCities",
                "keyCities").contains("WEIFANG")));
        assertThat(planNumbers(page)).contains(3, 6, 11, 20).doesNotContain(1, 2, 7, 14);
        page.json().path("items").forEach(item -> assertThat(item.path("centerCities").toString()
                + item.path("keyCities")).contains("WEIFANG"));
    }

    @Test
    void levelFilterListsExactlyThePlansNationalClusters() {
        Response page = api.get("supervisor", "/api/clusters?level=NATIONAL&size=100");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(planNumbers(page)).containsExactly(1, 2);
        page.json().path("items").forEach(item -> assertThat(item.path("level").asText()).isEqualTo("NATIONAL"));
    }

    @Test
    void textFilterMatchesChineseNamesAndFocusAreas() throws IOException {
        Response railEquipment = api.get("supervisor", "/api/clusters?text=轨道交通装备");
        Response rail = api.get("supervisor", "/api/clusters?text=轨道交通&size=100");
        Response appliances = api.get("supervisor", "/api/clusters?text=智能家电&city=QINGDAO");

        assertThat(planNumbers(railEquipment)).containsExactly(1);
        assertThat(railEquipment.json().path("items").get(0).path("nameZh").asText()).isEqualTo("青岛轨道交通装备产业集群");
        // Binzhou's lightweight aluminium names rail transit among its focus areas.
        assertThat(planNumbers(rail)).isEqualTo(planNumbersWhere(cluster -> (cluster.path("nameZh").asText() + cluster.path("focusAreas")).contains("轨道交通")))
                .contains(1, 10);
        assertThat(planNumbers(appliances)).containsExactly(2);
    }

    @Test
    void pagesCountTheWholeResult() {
        JsonNode all = api.get("supervisor", "/api/clusters?size=100").json();
        JsonNode first = api.get("supervisor", "/api/clusters?page=0&size=7").json();
        JsonNode second = api.get("supervisor", "/api/clusters?page=1&size=7").json();
        JsonNode beyond = api.get("supervisor", "/api/clusters?page=1000&size=7").json();

        long total = all.path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(20).isEqualTo(all.path("items").size());
        assertThat(first.path("total").asLong()).isEqualTo(total);
        assertThat(second.path("total").asLong()).isEqualTo(total);
        assertThat(first.path("items")).hasSize(7);
        assertThat(second.path("items")).hasSize(7);
        assertThat(first.path("items").get(0).path("planNumber").asInt()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("planNumber").asInt()).isEqualTo(8);
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(total);
    }

    @Test
    void pageSizeAndPageAreChecked() {
        assertThat(api.get("supervisor", "/api/clusters?size=101").invalidFields()).containsExactly("size");
        assertThat(api.get("supervisor", "/api/clusters?size=0").invalidFields()).containsExactly("size");
        assertThat(api.get("supervisor", "/api/clusters?page=-1").invalidFields()).containsExactly("page");
        assertThat(api.get("supervisor", "/api/clusters?page=x").invalidFields()).containsExactly("page");
        assertThat(api.get("supervisor", "/api/clusters?city=ATLANTIS").invalidFields()).containsExactly("city");
    }

    @Test
    void anUnsupportedMethodIsAProblemWithAllow() {
        Response wrongMethod = api.call(HttpMethod.PUT, "supervisor", ApiClient.PASSWORD, "/api/clusters/" + RAIL,
                "{}");

        // Refused before any controller is chosen, so Spring Boot's problem handler answers: still RFC 9457.
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.headers().getContentType()).hasToString("application/problem+json");
        assertThat(wrongMethod.json().path("status").asInt()).isEqualTo(405);
        assertThat(wrongMethod.headers().getAllow()).contains(HttpMethod.GET);
    }

    @Test
    void detailShowsThePlansData() {
        Response detail = api.get("member-weichai", "/api/clusters/" + RAIL);

        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        JsonNode cluster = detail.json();
        assertThat(cluster.path("clusterId").asText()).isEqualTo(RAIL);
        assertThat(cluster.path("planNumber").asInt()).isEqualTo(1);
        assertThat(cluster.path("code").asText()).isEqualTo("qingdao-rail-transit-equipment");
        assertThat(cluster.path("level").asText()).isEqualTo("NATIONAL");
        assertThat(cluster.path("centerCities").get(0).asText()).isEqualTo("QINGDAO");
        assertThat(cluster.path("version").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void unknownClusterIsNotFound() {
        api.get("supervisor", "/api/clusters/00000000-0000-0000-0000-000000000000").problem(404, "not-found");
        assertThat(api.get("supervisor", "/api/clusters/not-a-uuid").invalidFields()).containsExactly("id");
        // A zone's id is no cluster's: refused before the command reaches the aggregate repository.
        String zone = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone").toString();
        api.post("supervisor", "/api/clusters/" + zone + "/level", Map.of("level", "NATIONAL", "reason", "测试"))
                .problem(404, "not-found");
    }

    @Test
    void staffAddsAMemberToTheirOwnCluster() {
        String code = freshCreditCode(City.QINGDAO);

        Response added = api.post("staff01", "/api/clusters/" + RAIL + "/members",
                member("青岛某轨道交通配套企业", City.QINGDAO, code));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long version = added.json().path("version").asLong();
        String organizationId = added.json().path("organizationId").asText();
        assertThat(version).isEqualTo(lastSequence(RAIL));
        JsonNode detail = api.get("staff01", "/api/clusters/" + RAIL).json();
        assertThat(detail.path("version").asLong()).isEqualTo(version);
        assertThat(memberCodes(detail)).contains(code);
        assertThat(detail.path("members").findValuesAsText("organizationId")).contains(organizationId);
    }

    @Test
    void staffOfAnotherClusterIsRefusedAndNothingIsStored() {
        long before = lastSequence(RAIL);

        api.post("staff02", "/api/clusters/" + RAIL + "/members",
                member("越权添加的企业", City.QINGDAO, freshCreditCode(City.QINGDAO))).problem(403, "forbidden");

        assertThat(lastSequence(RAIL)).isEqualTo(before);
    }

    @Test
    void cityCoordinatorAddsOrganizationsOfTheirOwnCityOnly() {
        String cluster = api.registerCluster();
        String qingdao = freshCreditCode(City.QINGDAO);

        Response own = api.post("coord-qingdao", "/api/clusters/" + cluster + "/members",
                member("青岛某高校", City.QINGDAO, qingdao));
        long before = lastSequence(cluster);
        Response other = api.post("coord-qingdao", "/api/clusters/" + cluster + "/members",
                member("潍坊某企业", City.WEIFANG, freshCreditCode(City.WEIFANG)));

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        other.problem(403, "forbidden");
        assertThat(lastSequence(cluster)).isEqualTo(before);
        assertThat(memberCodes(api.get("coord-qingdao", "/api/clusters/" + cluster).json())).containsExactly(qingdao);
    }

    @Test
    void onlyTheSupervisorChangesTheLevel() {
        String cluster = api.registerCluster();
        long before = lastSequence(cluster);

        api.post("member-weichai", "/api/clusters/" + cluster + "/level",
                Map.of("level", "NATIONAL", "reason", "成员无权调整")).problem(403, "forbidden");
        api.post("staff01", "/api/clusters/" + cluster + "/level",
                Map.of("level", "NATIONAL", "reason", "他人集群")).problem(403, "forbidden");
        assertThat(lastSequence(cluster)).isEqualTo(before);

        Response changed = api.post("supervisor", "/api/clusters/" + cluster + "/level",
                Map.of("level", "NATIONAL", "reason", "国家级先进制造业集群竞赛胜出", "expectedVersion", before));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("version").asLong()).isEqualTo(before + 1);
        assertThat(api.get("supervisor", "/api/clusters/" + cluster).json().path("level").asText())
                .isEqualTo("NATIONAL");

        // The same level again breaks a rule of the aggregate: 409 with the rule's code and field.
        JsonNode unchanged = api.post("supervisor", "/api/clusters/" + cluster + "/level",
                Map.of("level", "NATIONAL", "reason", "再次调整")).problem(409, "rule-violation");
        assertThat(unchanged.path("code").asText()).isEqualTo("cluster.error.levelUnchanged");
        assertThat(unchanged.path("field").asText()).isEqualTo("level");
    }

    @Test
    void supervisorRecordsCompetitionReplacesOrganizationAndRetires() {
        String cluster = api.registerCluster();
        String path = "/api/clusters/" + cluster;

        long applied = api.post("supervisor", path + "/national-competition/applications",
                Map.of("round", 2024, "description", "第三轮国家先进制造业集群竞赛")).json().path("version").asLong();
        Response won = api.post("supervisor", path + "/national-competition/result",
                Map.of("outcome", "WON", "note", "胜出", "expectedVersion", applied));
        // Winning also raises the level: two events, and the answer is the version after both.
        assertThat(won.status()).as(won.body()).isEqualTo(200);
        assertThat(won.json().path("version").asLong()).isEqualTo(applied + 2).isEqualTo(lastSequence(cluster));
        Response replaced = api.post("supervisor", path + "/promotion-organization", Map.of(
                "promotionOrganization", Map.of("nameZh", "新促进机构", "nameEn", "New association"),
                "reason", "机构调整", "expectedVersion", applied + 2));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        Response retired = api.post("supervisor", path + "/retirement", Map.of("reason", "培育期结束"));
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);

        JsonNode detail = api.get("supervisor", path).json();
        assertThat(detail.path("level").asText()).isEqualTo("NATIONAL");
        assertThat(detail.path("nationalCompetition").get(0).path("outcome").asText()).isEqualTo("WON");
        assertThat(detail.path("promotionOrganization").path("nameZh").asText()).isEqualTo("新促进机构");
        assertThat(detail.path("retired").asBoolean()).isTrue();
        assertThat(detail.path("version").asLong()).isEqualTo(retired.json().path("version").asLong());
        assertThat(idsOf(api.get("supervisor", "/api/clusters?size=100"))).doesNotContain(cluster);
        assertThat(idsOf(api.get("supervisor", "/api/clusters?size=100&includeRetired=true"))).contains(cluster);
    }

    @Test
    void registrationAnswersCreatedWithLocation() {
        Response created = api.post("supervisor", "/api/clusters", Map.of(
                "code", "api-test-location-" + System.nanoTime(),
                "nameZh", "位置测试集群",
                "level", "PROVINCIAL",
                "promotionOrganization", Map.of("nameZh", "位置测试促进会"),
                "centerCities", List.of("LINYI"),
                "keyCities", List.of("RIZHAO")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("clusterId").asText();
        assertThat(created.headers().getLocation()).hasToString("/api/clusters/" + id);
        assertThat(created.json().path("version").asLong()).isZero();
        assertThat(api.get("supervisor", "/api/clusters/" + id).json().path("keyCities").get(0).asText())
                .isEqualTo("RIZHAO");
    }

    @Test
    void registrationIsForTheSupervisorOnly() {
        api.post("staff01", "/api/clusters", Map.of("code", "api-test-refused", "nameZh", "越权集群",
                "level", "PROVINCIAL", "promotionOrganization", Map.of("nameZh", "某促进会"),
                "centerCities", List.of("QINGDAO"))).problem(403, "forbidden");
    }

    @Test
    void registrationNamesEachInvalidFieldByItsJsonPath() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "Not A Code");
        body.put("nameZh", "<b>集群</b>");
        body.put("level", "PROVINCIAL");
        body.put("promotionOrganization", Map.of("nameZh", ""));
        body.put("centerCities", List.of());
        body.put("focusAreas", List.of("正常", "<script>x</script>"));

        assertThat(api.post("supervisor", "/api/clusters", body).invalidFields()).contains("code", "nameZh",
                "promotionOrganization.nameZh", "centerCities", "focusAreas[1]");
        assertThat(api.post("supervisor", "/api/clusters", "{\"centerCities\": [\"QINGDAO\", \"ATLANTIS\"]}")
                .invalidFields()).containsExactly("centerCities[1]");
    }

    @Test
    void staffRemovesAMemberAndAnUnknownMemberIsNotFound() {
        String code = freshCreditCode(City.QINGDAO);
        Response added = api.post("staff01", "/api/clusters/" + RAIL + "/members",
                member("待移除的企业", City.QINGDAO, code));
        String organizationId = added.json().path("organizationId").asText();

        Response otherStaff = api.delete("staff02", "/api/clusters/" + RAIL + "/members/" + organizationId);
        Response removed = api.delete("staff01", "/api/clusters/" + RAIL + "/members/" + organizationId
                + "?reason=退出集群&expectedVersion=" + added.json().path("version").asLong());
        Response again = api.delete("staff01", "/api/clusters/" + RAIL + "/members/" + organizationId);

        otherStaff.problem(403, "forbidden");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("version").asLong()).isEqualTo(added.json().path("version").asLong() + 1);
        assertThat(memberCodes(api.get("staff01", "/api/clusters/" + RAIL).json())).doesNotContain(code);
        again.problem(404, "not-found");
    }

    @Test
    void invalidCreditCodeIsRefusedNamingTheField() {
        long before = lastSequence(RAIL);

        Response refused = api.post("staff01", "/api/clusters/" + RAIL + "/members",
                member("校验位错误的企业", City.QINGDAO, "91370200163562681A"));

        assertThat(refused.invalidFields()).containsExactly("creditCode");
        assertThat(lastSequence(RAIL)).isEqualTo(before);
    }

    @Test
    void markupInTheNameIsRefusedNamingTheField() {
        Response refused = api.post("staff01", "/api/clusters/" + RAIL + "/members",
                member("<script>alert(1)</script>", City.QINGDAO, freshCreditCode(City.QINGDAO)));

        assertThat(refused.invalidFields()).containsExactly("name");
    }

    @Test
    void emptyBodiesAreRefused() {
        String members = "/api/clusters/" + RAIL + "/members";

        assertThat(api.post("staff01", members, "").invalidFields()).containsExactly("body");
        assertThat(api.post("staff01", members, "{").invalidFields()).containsExactly("body");
        assertThat(api.post("staff01", members, "{}").invalidFields())
                .contains("name", "kind", "city", "chainPosition", "creditCode");
    }

    @Test
    void unknownCityIsRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(member("某企业", City.QINGDAO, freshCreditCode(City.QINGDAO)));
        body.put("city", "ATLANTIS");

        JsonNode problem = api.post("staff01", "/api/clusters/" + RAIL + "/members", body).problem(400, "validation");

        assertThat(problem.path("invalidFields")).hasSize(1);
        assertThat(problem.path("invalidFields").get(0).path("field").asText()).isEqualTo("city");
        assertThat(problem.path("invalidFields").get(0).path("message").asText()).contains("16");
    }

    @Test
    void staleExpectedVersionIsAConflict() {
        String cluster = api.registerCluster();
        Response first = api.post("coord-qingdao", "/api/clusters/" + cluster + "/members",
                withVersion(member("先到的企业", City.QINGDAO, freshCreditCode(City.QINGDAO)), 0));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long before = lastSequence(cluster);

        Response stale = api.post("coord-qingdao", "/api/clusters/" + cluster + "/members",
                withVersion(member("后到的企业", City.QINGDAO, freshCreditCode(City.QINGDAO)), 0));

        stale.problem(409, "concurrency-conflict");
        assertThat(lastSequence(cluster)).isEqualTo(before);
    }

    @Test
    void wrongOrMissingCredentialsAreUnauthorized() {
        Response wrongPassword = api.call(HttpMethod.GET, "staff01", "not-the-password", "/api/clusters", null);
        Response unknownUser = api.call(HttpMethod.GET, "nobody", ApiClient.PASSWORD, "/api/clusters", null);
        Response anonymous = api.call(HttpMethod.POST, null, null, "/api/clusters/" + RAIL + "/members",
                member("匿名添加", City.QINGDAO, freshCreditCode(City.QINGDAO)));

        for (Response refused : List.of(wrongPassword, unknownUser, anonymous)) {
            refused.problem(401, "unauthorized");
            assertThat(refused.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
        }
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        String missing = "/api/clusters/00000000-0000-0000-0000-000000000000";

        assertThat(api.get("supervisor", missing).problem(404, "not-found").path("title").asText())
                .isEqualTo("未找到");
        assertThat(new ApiClient(port, "en").get("supervisor", missing).problem(404, "not-found").path("title")
                .asText()).isEqualTo("Not found");
        assertThat(new ApiClient(port, "en").get("nobody", "/api/clusters").problem(401, "unauthorized")
                .path("title").asText()).doesNotContain("需要");
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long expectedVersion) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("expectedVersion", expectedVersion);
        return copy;
    }

    private long lastSequence(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    private static List<Integer> planNumbers(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<Integer> numbers = new ArrayList<>();
        // Clusters registered by other tests have no plan number; the plan's are the reference.
        page.json().path("items").forEach(item -> {
            if (item.hasNonNull("planNumber")) {
                numbers.add(item.path("planNumber").asInt());
            }
        });
        return numbers;
    }

    private static List<String> idsOf(Response page) {
        return page.json().path("items").findValuesAsText("clusterId");
    }

    private static List<String> memberCodes(JsonNode detail) {
        return detail.path("members").findValuesAsText("creditCode");
    }

    private static Set<String> cities(JsonNode cluster, String... lists) {
        Set<String> cities = new TreeSet<>();
        for (String list : lists) {
            cluster.path(list).forEach(city -> cities.add(city.asText()));
        }
        return cities;
    }

    private static List<Integer> planNumbersWhere(Predicate<JsonNode> filter) throws IOException {
        try (InputStream in = new ClassPathResource("seed/plan-2021-2025.json").getInputStream()) {
            List<Integer> numbers = new ArrayList<>();
            ApiClient.JSON.readTree(in).path("clusters").forEach(cluster -> {
                if (filter.test(cluster)) {
                    numbers.add(cluster.path("number").asInt());
                }
            });
            return numbers;
        }
    }
}
