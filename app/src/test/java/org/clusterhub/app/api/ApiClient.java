package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusterhub.shared.City;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * A small HTTP client for the API tests: real requests to the test server's port with HTTP Basic, answers kept
 * whatever their status. Every answer is checked for a leaked Java stack trace.
 */
final class ApiClient {

    static final String PASSWORD = "demo1234";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RestClient rest;

    ApiClient(int port) {
        this(port, null);
    }

    /** With {@code language} as Accept-Language on every request (none: the server's default, zh-CN). */
    ApiClient(int port, String language) {
        RestClient.Builder builder = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port);
        if (language != null) {
            builder.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        this.rest = builder.build();
    }

    Response get(String user, String path) {
        return call(HttpMethod.GET, user, PASSWORD, path, null);
    }

    /** {@code body} is sent as is when it is a String, else as JSON. */
    Response post(String user, String path, Object body) {
        return call(HttpMethod.POST, user, PASSWORD, path, body);
    }

    Response delete(String user, String path) {
        return call(HttpMethod.DELETE, user, PASSWORD, path, null);
    }

    /** {@code user} null sends no credentials. */
    Response call(HttpMethod method, String user, String password, String path, Object body) {
        RestClient.RequestBodySpec request = rest.method(method).uri(path)
                .headers(headers -> {
                    if (user != null) {
                        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
                    }
                });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body instanceof String text ? text : json(body));
        }
        Response response = request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders(), StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
        assertThat(response.body()).as("no stack trace in %s %s", method, path)
                .doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception:");
        return response;
    }

    /**
     * Registers a fresh cluster as the supervisor (provincial level, no plan number, centered in Heze), so that a
     * test may change it without touching the plan's clusters that other tests count.
     */
    String registerCluster() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Response created = post("supervisor", "/api/clusters", Map.of(
                "code", "api-test-" + suffix,
                "nameZh", "接口测试集群" + suffix,
                "nameEn", "API test cluster " + suffix,
                "level", "PROVINCIAL",
                "promotionOrganization", Map.of("nameZh", "接口测试促进会" + suffix, "nameEn", "API test association"),
                "centerCities", List.of("HEZE")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("clusterId").asText();
    }

    /** A valid unified social credit code never used before, registered in {@code city}. */
    static String freshCreditCode(City city) {
        StringBuilder code = new StringBuilder("91").append(city.divisionCode());
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }

    static Map<String, Object> member(String name, City city, String creditCode) {
        return Map.of("name", name, "kind", "ENTERPRISE", "city", city.name(), "chainPosition", "SUPPLIER",
                "creditCode", creditCode);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** Asserts an RFC 9457 problem of this status and type, and answers its JSON. */
        JsonNode problem(int expectedStatus, String type) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(headers.getContentType()).as(body).isNotNull();
            assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(
                    "content type %s", headers.getContentType()).isTrue();
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("type").asText()).endsWith("/problems/" + type);
            assertThat(problem.path("title").asText()).isNotBlank();
            return problem;
        }

        /** The {@code field} of each entry of a 400 problem's {@code invalidFields}. */
        List<String> invalidFields() {
            JsonNode fields = problem(400, "validation").path("invalidFields");
            assertThat(fields.isArray()).as(body).isTrue();
            List<String> names = new ArrayList<>();
            fields.forEach(field -> {
                assertThat(field.path("message").asText()).as(body).isNotBlank();
                names.add(field.path("field").asText());
            });
            return names;
        }
    }
}
