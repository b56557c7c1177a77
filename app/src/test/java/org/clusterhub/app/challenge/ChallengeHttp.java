package org.clusterhub.app.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * A 揭榜挂帅 challenge driven over real HTTP as the demo accounts, and its bid deadline made due through db-scheduler
 * (as if the moment had come), for the challenge integration tests.
 */
public final class ChallengeHttp {

    static final String PASSWORD = "demo1234";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    /** Cluster 7, 数控机床产业集群, whose promotion staff is {@code staff07}. */
    static final String CNC_CLUSTER = org.clusterhub.cluster.api.ClusterId.forPlanCode("cnc-machine-tools").toString();
    public static final String POSTER = "staff07";
    public static final String SDU = "member-sdu";
    public static final String SDIIT = "member-sdiit";
    static final String WEICHAI = "member-weichai";

    private final RestClient rest;
    private final ApplicationContext context;

    public ChallengeHttp(int port, ApplicationContext context) {
        this(port, context, null);
    }

    ChallengeHttp(int port, ApplicationContext context, String language) {
        RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port);
        if (language != null) {
            builder.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        this.rest = builder.build();
        this.context = context;
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }

        JsonNode ok() {
            assertThat(status).as(body).isBetween(200, 299);
            return json();
        }
    }

    Response call(HttpMethod method, String user, String path, Object body) {
        RestClient.RequestBodySpec request = rest.method(method).uri(path)
                .headers(headers -> headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8));
        if (body != null) {
            try {
                request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
        Response response = request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
        assertThat(response.body()).as("no stack trace in %s %s", method, path)
                .doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception:");
        return response;
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

    /** The body of a posting by {@code staff07}: two indicators, the standard criteria, three evaluators. */
    static Map<String, Object> posting(String title, Instant closes, List<String> evaluators) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clusterId", CNC_CLUSTER);
        body.put("title", title);
        body.put("need", "研制转速 24000 rpm 的高精度电主轴，替代进口产品，满足五轴加工中心配套需求。");
        body.put("area", "BASIC_COMPONENTS");
        body.put("keywords", List.of("电主轴", "五轴"));
        body.put("indicators", List.of(Map.of("key", "accuracy", "name", "定位精度", "target", "≤ 3", "unit", "μm"),
                Map.of("key", "life", "name", "平均无故障时间", "target", "≥ 2000", "unit", "h")));
        body.put("budget", new BigDecimal("800"));
        body.put("reward", "首台套认定支持");
        body.put("eligibility", "省内注册的企业、高校、科研院所或创新联合体");
        body.put("bidsCloseAt", closes.toString());
        body.put("criteria", List.of(Map.of("key", "approach", "nameZh", "技术路线", "nameEn", "Approach", "weight", 40),
                Map.of("key", "team", "nameZh", "团队能力", "nameEn", "Team", "weight", 25),
                Map.of("key", "schedule", "nameZh", "进度安排", "nameEn", "Schedule", "weight", 15),
                Map.of("key", "price", "nameZh", "报价", "nameEn", "Price", "weight", 20)));
        List<Map<String, String>> named = new ArrayList<>();
        Map<String, String[]> pool = Map.of("expert01", new String[] {"王建国", "山东大学"},
                "expert02", new String[] {"李秀英", "中国海洋大学"}, "expert03", new String[] {"张伟", "山东省科学院"},
                "expert12", new String[] {"孙海涛", "山东省机械设计研究院"});
        for (String username : evaluators) {
            named.add(Map.of("username", username, "displayName", pool.get(username)[0], "organization",
                    pool.get(username)[1]));
        }
        body.put("evaluators", named);
        return body;
    }

    public String postChallenge(String title) {
        return post(POSTER, "/api/challenges", posting(title, Instant.now().plusSeconds(3600),
                List.of("expert01", "expert02", "expert03"))).ok().path("challengeId").asText();
    }

    static Map<String, Object> bid(String approach, String price) {
        return Map.of("approach", approach, "team", "教授 3 名，高级工程师 8 名", "schedule", "18 个月", "price",
                new BigDecimal(price));
    }

    public String submitBid(String user, String challengeId, String approach, String price) {
        return post(user, "/api/challenges/" + challengeId + "/bids", bid(approach, price)).ok().path("id").asText();
    }

    static Map<String, Object> scores(int approach, int team, int schedule, int price, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", List.of(Map.of("criterion", "approach", "score", approach),
                Map.of("criterion", "team", "score", team), Map.of("criterion", "schedule", "score", schedule),
                Map.of("criterion", "price", "score", price)));
        body.put("comment", comment);
        return body;
    }

    public JsonNode view(String user, String challengeId) {
        return get(user, "/api/challenges/" + challengeId).ok();
    }

    /** Makes the challenge's bid deadline due now and waits until the read model shows bidding closed. */
    void closeBidding(String challengeId) throws InterruptedException {
        Scheduler scheduler = context.getBean(Scheduler.class);
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        List<TaskInstanceId> tasks = new ArrayList<>();
        scheduler.fetchScheduledExecutionsForTask("AxonDeadline", DbSchedulerBinaryDeadlineDetails.class,
                ScheduledExecutionsFilter.all(), execution -> {
                    AggregateScopeDescriptor scope = (AggregateScopeDescriptor) execution.getData()
                            .getDeserializedScopeDescriptor(serializer);
                    if (challengeId.equals(String.valueOf(scope.getIdentifier()))) {
                        tasks.add(execution.getTaskInstance());
                    }
                });
        assertThat(tasks).as("the bid deadline is scheduled").hasSize(1);
        scheduler.reschedule(tasks.get(0), Instant.now());
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            String status = view(POSTER, challengeId).path("status").asText();
            if (!status.equals("OPEN")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("bidding did not close");
    }

    /** A challenge taken through bidding, evaluation, the decision and accepted delivery to a first-of-a-kind result. */
    String completeWithFirstOfAKind(String title, String product) throws InterruptedException {
        String id = postChallenge(title);
        String bid = submitBid(SDIIT, id, "研究院的电主轴攻关方案，用于首台套测试。", "700");
        closeBidding(id);
        for (String expert : List.of("expert01", "expert02", "expert03")) {
            post(expert, "/api/challenges/" + id + "/bids/" + bid + "/scores", scores(88, 88, 88, 88, null)).ok();
        }
        post(POSTER, "/api/challenges/" + id + "/winner", Map.of("bidId", bid)).ok();
        post(POSTER, "/api/challenges/" + id + "/decision", null).ok();
        String milestone = post(SDIIT, "/api/challenges/" + id + "/milestones", Map.of("title", "样机",
                "dueDate", java.time.LocalDate.now().plusMonths(3).toString())).ok().path("id").asText();
        post(SDIIT, "/api/challenges/" + id + "/milestones/" + milestone + "/progress",
                Map.of("percentComplete", 100, "note", "完成")).ok();
        post(POSTER, "/api/challenges/" + id + "/milestones/" + milestone + "/acceptance", Map.of("opinion", "同意"))
                .ok();
        post(POSTER, "/api/challenges/" + id + "/acceptance", Map.of("results", List.of(
                Map.of("indicatorKey", "accuracy", "achieved", "2.5 μm", "met", true),
                Map.of("indicatorKey", "life", "achieved", "2200 h", "met", true)), "opinion", "通过")).ok();
        post(SDIIT, "/api/challenges/" + id + "/first-of-a-kind", Map.of("kind", "EQUIPMENT", "productName", product))
                .ok();
        return id;
    }
}
