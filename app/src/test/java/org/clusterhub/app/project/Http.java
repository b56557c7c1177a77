package org.clusterhub.app.project;

import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/** Real HTTP requests to the test server with HTTP Basic as a demo account; answers kept whatever their status. */
final class Http {

    static final String PASSWORD = "demo1234";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final RestClient rest;

    Http(int port, String language) {
        RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port);
        if (language != null) {
            builder.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        rest = builder.build();
    }

    Response get(String user, String path) {
        return call(HttpMethod.GET, user, path, null);
    }

    Response post(String user, String path, Object body) {
        return call(HttpMethod.POST, user, path, body);
    }

    Response put(String user, String path, Object body) {
        return call(HttpMethod.PUT, user, path, body);
    }

    Response delete(String user, String path) {
        return call(HttpMethod.DELETE, user, path, null);
    }

    Response call(HttpMethod method, String user, String path, Object body) {
        RestClient.RequestBodySpec request = rest.method(method).uri(path)
                .headers(headers -> headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body instanceof String text ? text : json(body));
        }
        Response response = request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders(), StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
        assertThat(response.body()).as("no stack trace in %s %s", method, path)
                .doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception:");
        return response;
    }

    /** A multipart upload of one file with plain form fields. */
    Response upload(String user, String path, String fileName, byte[] content, Map<String, String> fields) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        fields.forEach(parts::add);
        return rest.post().uri(path)
                .headers(headers -> headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                        StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
    }

    /** The raw bytes of a download, or null when refused. */
    byte[] download(String user, String path) {
        return rest.get().uri(path)
                .headers(headers -> headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8))
                .exchange((req, res) -> res.getStatusCode().is2xxSuccessful()
                        ? StreamUtils.copyToByteArray(res.getBody()) : null);
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

        /** Asserts a 2xx answer (with the body in the message) and answers its JSON. */
        JsonNode ok() {
            assertThat(status).as(body).isBetween(200, 299);
            return json();
        }

        /** Asserts an RFC 9457 problem of this status and type, and answers its JSON. */
        JsonNode problem(int expectedStatus, String type) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(headers.getContentType()).as(body).isNotNull();
            assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("type").asText()).endsWith("/problems/" + type);
            assertThat(problem.path("title").asText()).isNotBlank();
            return problem;
        }

        List<String> invalidFields() {
            List<String> names = new ArrayList<>();
            problem(400, "validation").path("invalidFields").forEach(field -> {
                assertThat(field.path("message").asText()).as(body).isNotBlank();
                names.add(field.path("field").asText());
            });
            return names;
        }
    }
}
