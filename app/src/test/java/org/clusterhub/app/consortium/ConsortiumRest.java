package org.clusterhub.app.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * The consortium API as the demo accounts call it over real HTTP (Basic), and the demo organizations' credit codes.
 * Answers are kept whatever their status, and none may carry a stack trace.
 */
public final class ConsortiumRest {

    /** Plan cluster 11, 潍坊清洁能源动力装备产业集群: its promotion staff is staff11. */
    public static final String POWER_CLUSTER = ClusterId.forPlanCode("weifang-clean-energy-power-equipment").toString();
    public static final String WEICHAI = "潍柴动力股份有限公司";
    public static final String SDU = "山东大学";
    public static final String SDIIT = "山东产业技术研究院";
    public static final String PLATFORM = "青岛工业互联网公共服务平台";
    public static final String WEICHAI_CODE = code("91370700", "16310678");
    public static final String SDU_CODE = code("12370000", "49557196");
    public static final String SDIIT_CODE = code("52370100", "MA3C8N2X");
    public static final String PLATFORM_CODE = code("91370200", "MA3R4T5U");
    public static final String SJTU_CODE = code("12100000", "42500212");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient rest;

    public ConsortiumRest(int port, String language) {
        RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port);
        if (language != null) {
            builder.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        rest = builder.build();
    }

    static String code(String prefix8, String organization8) {
        String first17 = prefix8 + organization8 + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** What 潍柴 proposes in the tests: a consortium of the power-equipment cluster. Answers the new id. */
    public String propose(String name) {
        Answer created = post("member-weichai", "/api/consortia", proposal(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("consortiumId").asText();
    }

    public static Map<String, Object> proposal(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterId", POWER_CLUSTER);
        body.put("name", name);
        body.put("area", "BASIC_COMPONENTS");
        body.put("keywords", List.of("燃料电池", "高压共轨"));
        body.put("aims", "突破高效清洁发动机关键零部件，共建中试验证平台。");
        body.put("platforms", List.of("内燃机可靠性国家重点实验室"));
        body.put("leadCreditCode", WEICHAI_CODE);
        body.put("leadKind", "ENTERPRISE");
        body.put("commitment", commitment(30, "50000000"));
        return body;
    }

    public static Map<String, Object> commitment(int people, String money) {
        Map<String, Object> body = new HashMap<>();
        body.put("people", people);
        body.put("equipment", "试验台架");
        body.put("equipmentValue", new BigDecimal("1200000"));
        body.put("money", new BigDecimal(money));
        return body;
    }

    public static Map<String, Object> invitation(String organization, String creditCode, String kind, String origin,
                                                 String region, String role, boolean required) {
        Map<String, Object> body = new HashMap<>();
        body.put("organization", organization);
        body.put("creditCode", creditCode);
        body.put("kind", kind);
        body.put("origin", origin);
        body.put("region", region);
        body.put("role", role);
        body.put("requiredForFounding", required);
        return body;
    }

    public Answer get(String user, String path) {
        return call(HttpMethod.GET, user, path, null);
    }

    public Answer post(String user, String path, Object body) {
        return call(HttpMethod.POST, user, path, body);
    }

    public Answer put(String user, String path, Object body) {
        return call(HttpMethod.PUT, user, path, body);
    }

    public Answer delete(String user, String path) {
        return call(HttpMethod.DELETE, user, path, null);
    }

    private Answer call(HttpMethod method, String user, String path, Object body) {
        RestClient.RequestBodySpec request = rest.method(method).uri(path)
                .headers(headers -> headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8));
        if (body != null) {
            try {
                request.contentType(MediaType.APPLICATION_JSON).body(body instanceof String text ? text
                        : JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Answer answer = request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.getHeaders(),
                StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
        assertThat(answer.body()).as("no stack trace in %s %s", method, path)
                .doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception:");
        return answer;
    }

    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public JsonNode ok() {
            assertThat(status).as(body).isBetween(200, 299);
            return json();
        }

        public JsonNode problem(int expectedStatus, String type) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(headers.getContentType()).as(body).isNotNull();
            assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            JsonNode problem = json();
            assertThat(problem.path("type").asText()).endsWith("/problems/" + type);
            assertThat(problem.path("title").asText()).isNotBlank();
            return problem;
        }
    }
}
